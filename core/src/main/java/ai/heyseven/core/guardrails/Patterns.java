package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of each layer, per language, matched against normalised text (lower case, Latin
 * look-alikes folded, so patterns are written in lower case; {@code \b} and {@code \w} are
 * Unicode-aware, so "está" ends a word). Every pattern uses bounded gaps ({@code .{0,40}}) only, so matching stays
 * linear in the capped input. To add a pattern, add a line here and an example to the evaluation
 * corpus (core/src/test/resources/guardrails); to add a language, add a {@link Language} and a
 * list to every map below.
 */
final class Patterns {
    private Patterns() {
    }

    static final Map<Language, List<String>> INJECTION = map(
            List.of(
                    "\\b(ignore|disregard|forget|override|bypass|skip|drop|abandon|discard)\\b.{0,50}\\b(instructions?|rules|prompts?|guidelines|directives|policies|restrictions|constraints|programming|guardrails|filters?|everything you were told|system message|configuration|limitations)\\b",
                    "\\b(reveal|show|print|repeat|display|output|tell me|give me|what (is|are|were|was)|leak|dump|recite|spell out|say)\\b.{0,40}\\b(system|hidden|initial|original|secret|internal|developer|your)\\s+(prompt|instructions?|message|configuration|config|directives)\\b",
                    "\\b(developer|dev|god|jailbreak|dan|sudo|unrestricted|unfiltered)\\s+mode\\b",
                    "\\bdo anything now\\b|\\bjailbr(eak|oken)",
                    "\\byou are (now|no longer)\\b.{0,50}\\b(unrestricted|unfiltered|free|bound|dan|evil|rules|limits|restrictions|filters|jailbroken)",
                    "\\b(pretend|act as if|roleplay|role-play|imagine|let's play|lets play)\\b.{0,50}\\b(no|without|unrestricted|unfiltered|evil|jailbroken|not bound|any rules|no guidelines)\\b",
                    "\\bfrom now on\\b.{0,60}\\b(ignore|without (any )?(rules|restrictions|limits|filters|censorship)|no (rules|restrictions|limits|filters)|unrestricted|unfiltered|jailbroken|dan)\\b",
                    "(?<=^|[\\n.!?]|[\\n.!?] |[\\n.!?]  )(system|assistant|developer)\\s*:",
                    "<\\|?\\s*(system|im_start|im_end|endoftext)\\s*\\|?>|\\[/?(inst|system)\\]|###\\s*(system|instruction)|<<\\s*sys\\s*>>",
                    "\\b(new|updated|override|admin)\\s+(instructions?|rules|policy|system prompt)\\s*:",
                    "\\b(override|bypass|disable|turn off|switch off|deactivate|ignore)\\b.{0,30}\\b(safety|policy|policies|filters?|guardrails?|compliance|moderation|restrictions|content filter)\\b",
                    "\\bi (authorize|order|command|instruct) you to\\b",
                    // taking over the system: privileges, deleting records, switching off logs, rewriting its settings, commands
                    "\\b(grant|give|enable|activate|elevate|escalate|unlock)\\b.{0,30}\\b(admin(istrator)?|root|superuser|elevated|unrestricted|system-level|developer)\\s+(access|privileges?|permissions?|rights)\\b",
                    "\\b(delete|drop|wipe|erase|truncate|purge)\\b.{0,25}\\b(database|db|tables?|(system|audit|server|access) logs?|audit trail|all (records|user data|users|files|logs))\\b",
                    "\\b(disable|turn off|stop|pause|suspend|bypass)\\b.{0,25}\\b(logging|audit (trail|log)s?|monitoring|authentication)\\b",
                    "\\b(change|modify|update|alter|reconfigure|reprogram|rewrite|reset|overwrite)\\s+your\\s+(settings|configuration|config|parameters|system|programming|behaviou?r|core (rules|directives)|default (behaviou?r|settings)|personality|code|training|memory|restrictions|limits)\\b",
                    "\\b(run|execute)\\b.{0,15}\\b(shell|sudo|bash|sql|rm -rf|terminal) ?(command|script|query)?\\b|\\b(run|execute) (this|the following|a) (command|script)\\b",
                    "\\b(enter|switch to|activate|enable|go into|boot into|start)\\b.{0,15}\\b(admin|administrator|root|superuser|diagnostic|service|test|override|unrestricted|maintenance|debug) mode\\b"
                            + "|\\b(you are|you'?re|now) in (admin|administrator|root|maintenance|debug|diagnostic) mode\\b|\\b(admin|maintenance|debug) mode (is )?(on|enabled|activated|unlocked)\\b",
                    "\\b(i am|i'm|im|this is)\\s+your\\b.{0,2}\\b(admin(istrator)?|developer|creator|programmer|owner)\\b",
                    "\\b(i am|i'm|im|this is)\\s+(the|a)\\b.{0,2}\\b(system administrator|sysadmin)\\b",
                    "\\byour (rules|restrictions|guidelines|limits|filters|safety settings|safeguards)\\s+(have been|were|are (now )?)\\s*(disabled|removed|lifted|suspended|updated|changed|turned off|deactivated|overridden)\\b",
                    // a persona or copy of the assistant freed of morals, censorship or content policy; the two-answer and token games
                    "\\b(forked|modified|uncensored|unfiltered|unrestricted|evil|jailbroken|unchained|unlocked|amoral|unethical|rogue)\\s+(version|variant|copy|clone|twin|mode) of\\s+(chatgpt|gpt|an? ai|yourself|the ai|this ai|you|the (assistant|model|bot))\\b",
                    "\\b(amoral|unfiltered|uncensored|unethical|unhinged|unrestricted)\\s+(ai|chatbot|assistant|bot|language model|model|character|persona|version)\\b",
                    "\\b(ai|chatbot|assistant|language model|chatgpt|gpt|bot|model|character|persona)\\b.{0,80}\\b(without|no|free from|not bound by|doesn'?t (have|follow|care about)|does not (have|follow|care about)|has no|never (follows?|refuses)|ignores?)\\s+(any\\s+)?(moral(s|ity)?|moral (principles|guidelines|constraints|compass)|ethics|ethical (guidelines|principles|constraints|boundaries)|censorship|content polic(y|ies)|openai'?s? (content )?polic(y|ies)|programming guidelines|safety guidelines)\\b",
                    "\\b(without|no|free from|not bound by|doesn'?t (have|follow|care about)|has no|ignores?)\\s+(any\\s+)?(moral(s|ity)?|moral (principles|guidelines|constraints)|ethics|ethical (guidelines|principles|constraints)|censorship|content polic(y|ies)|openai'?s? (content )?polic(y|ies))\\b.{0,80}\\b(ai|chatbot|assistant|language model|chatgpt|gpt|bot|model|character|persona)\\b",
                    "\\b(hypothetical response|opposite mode|developer mode output|two (different |separate )?(responses|answers|paragraphs),? (one|the first)|respond (twice|in two ways)|tokens? (system|will be deducted|are deducted)|lose (\\d+ )?tokens)\\b",
                    // everything said so far, set aside
                    "\\b(ignore|disregard)\\b.{0,20}\\b(everything|all|anything)\\b.{0,12}\\b(above|before this|previous(ly)?|prior|earlier|so far)\\b",
                    // what the assistant was told before the guest spoke
                    "\\b(text|message|words|instructions|you were told|you received|you were given|you got)\\b.{0,40}\\bbefore (my first message|this conversation|our conversation|we (started|began)|i (wrote|said|typed) anything|(talking|speaking) (to|with) me)\\b",
                    // acting or answering without the limits; the text that defines the assistant's behaviour
                    "\\b(act|respond|answer|operate|function|talk|speak|reply|behave)\\b.{0,20}\\bwithout (any |your |the )?(limitations|restrictions|rules|filters|censorship|guardrails|safety (rules|filters))\\b",
                    "\\b(text|message|instructions|prompt|rules) (that|which) (defines?|controls?|sets? up|shapes?|governs?|configures?) (your|the assistant'?s|the bot'?s) (behaviou?r|personality|responses|answers)\\b"),
            List.of(
                    "\\b(ignora|ignore|olvida|omite|descarta|salta|s[aá]ltate|anula|desobedece)\\b.{0,50}\\b(instrucciones|reglas|indicaciones|normas|directrices|pol[ií]ticas|restricciones|prompt|mensaje del sistema|configuraci[oó]n|programaci[oó]n|limitaciones)\\b",
                    "\\b(muestra|mu[eé]strame|revela|rev[eé]lame|dime|imprime|repite|ens[eé][nñ]ame|cu[aá]l es|cu[aá]les son)\\b.{0,40}\\b(prompt|instrucciones|mensaje|configuraci[oó]n)\\b.{0,20}\\b(del sistema|de sistema|iniciales?|ocult[oa]s?|secret[oa]s?|originales?)\\b",
                    "\\b(tu|tus)\\s+(prompt|instrucciones)\\s+(del sistema|ocult[oa]s|secret[oa]s|iniciales)",
                    "\\bmodo\\s+(desarrollador|dios|sin restricciones|jailbreak|administrador|dan|depuraci[oó]n)\\b",
                    "\\b(finge|act[uú]a|haz de cuenta|imagina|simula)\\b.{0,50}\\b(sin (reglas|restricciones|l[ií]mites|filtros)|malvad[oa])",
                    "\\b(a partir de ahora|desde ahora)\\b.{0,50}\\b(ignor\\w*|sin (reglas|restricciones|l[ií]mites|filtros)|no tienes reglas)",
                    "\\bya no (tienes|est[aá]s)\\b.{0,30}\\b(reglas|restricciones|l[ií]mites|limitad[oa])",
                    "\\b(desactiva|salta|evita|anula|elude)\\b.{0,30}\\b(seguridad|filtros?|pol[ií]ticas?|restricciones|moderaci[oó]n)",
                    "\\bnuevas? (instrucciones|reglas)\\s*:",
                    // taking over the system: privileges, deleting records, switching off logs, rewriting its settings, commands
                    "\\b(conc[eé]deme|dame|otorga|ot[oó]rgame|habilita|activa|eleva)\\b.{0,30}\\b(acceso|privilegios?|permisos?|derechos)\\s+(de\\s+)?(admin\\w*|root|superusuario|elevados?|irrestrictos?|de sistema|del sistema|desarrollador)",
                    "\\b(borra|borrar|elimina|eliminar|suprime|limpia|destruye|vac[ií]a)\\b.{0,25}\\b(base de datos|tablas?|logs?|registros (del sistema|de auditor[ií]a|de acceso)|auditor[ií]a|todos los (registros|usuarios|archivos))\\b",
                    "\\b(desactiva|deshabilita|apaga|suspende|det[eé]n)\\b.{0,25}\\b(logs?|registro de actividad|auditor[ií]a|monitoreo|monitorizaci[oó]n|autenticaci[oó]n|salvaguardas|protecciones)\\b",
                    "\\b(cambia|modifica|reconfigura|redefine|reprograma|actualiza|sobrescribe|reescribe|reinicia|resetea)\\s+(tus|tu)\\s+(configuraci[oó]n|configuraciones|par[aá]metros|instrucciones|directrices|reglas|programaci[oó]n|comportamiento|personalidad|c[oó]digo|sistema|pol[ií]ticas|memoria|entrenamiento|restricciones|l[ií]mites|filtros)\\b",
                    "\\b(ejecuta|ejecutar|corre)\\b.{0,15}\\b(comando|shell|script|sudo|bash|sql|terminal|rm -rf)\\b",
                    "\\b(entra|entrar|cambia|cambiar|pasa|pasar|activa|activar|habilita|inicia|enciende)\\b.{0,15}\\bmodo\\s+(de\\s+)?(mantenimiento|diagn[oó]stico|administrador|admin|root|superusuario|prueba|debug|depuraci[oó]n|desarrollador|servicio|irrestricto|libre)\\b",
                    "\\bsoy\\s+tu\\s+(administrador|admin|desarrollador|creador|creadora|programador|programadora)\\b|\\bsoy el administrador del sistema\\b",
                    "\\btus\\s+(reglas|restricciones|directrices|l[ií]mites|filtros)\\s+(han sido|fueron|est[aá]n)\\s+(desactivad|eliminad|suspendid|deshabilitad|actualizad|cambiad|levantad)",
                    // a persona or copy of the assistant freed of morals, censorship or content policy
                    "\\b(ia|inteligencia artificial|chatbot|asistente|modelo|bot|personaje|chatgpt)\\b.{0,80}\\b(sin|libre de|no (tiene|sigue|respeta)|ignora)\\s+(ninguna?\\s+|ning[uú]n\\s+)?(moral|[eé]tica|principios morales|directrices [eé]ticas|censura|pol[ií]ticas? de contenido)\\b",
                    "\\b(ia|chatbot|asistente|modelo|bot|personaje|versi[oó]n)\\s+(amoral|sin censura|sin filtros|sin [eé]tica|sin moral)\\b",
                    // what the assistant was told before the guest spoke
                    "\\b(texto|mensaje|instrucciones|te dijeron|recibiste)\\b.{0,40}\\bantes de (mi primer mensaje|esta conversaci[oó]n|nuestra conversaci[oó]n|que (empez|comenz)[aá]ramos|hablar conmigo)",
                    // acting or answering without the limits; the text that defines the assistant's behaviour
                    "\\b(act[uú]a|act[uú]es|responde|respondas|opera|funciona|habla|hables|comp[oó]rtate)\\b.{0,20}\\bsin (las |tus |ninguna |ning[uú]n |tener )?(limitaciones|restricciones|reglas|filtros|censura)\\b",
                    "\\b(texto|mensaje|instrucciones|prompt|reglas) que (define|definen|controla|controlan|configura|configuran|gu[ií]a|gu[ií]an) tu (comportamiento|personalidad|respuestas)\\b"),
            List.of(
                    "\\b(ignore|ignora|esque[cç]a|esquece|desconsidere|despreze|pule|anule)\\b.{0,50}\\b(instru[cç][oõ]es|regras|orienta[cç][oõ]es|diretrizes|pol[ií]ticas|restri[cç][oõ]es|prompt|mensagem do sistema|configura[cç][aã]o|configura[cç][oõ]es|programa[cç][aã]o|limita[cç][oõ]es)\\b",
                    "\\b(mostre|mostra|me mostre|revele|revela|diga|imprima|repita|qual [eé]|quais s[aã]o)\\b.{0,40}\\b(prompt|instru[cç][oõ]es|mensagem|configura[cç][aã]o)\\b.{0,20}\\b(do sistema|de sistema|iniciais|inicial|ocult[oa]s?|secret[oa]s?|originais|original)\\b",
                    "\\bmodo\\s+(desenvolvedor|deus|sem restri[cç][oõ]es|jailbreak|administrador|dan|depura[cç][aã]o)\\b",
                    "\\b(finja|aja|imagine|simule|fa[cç]a de conta)\\b.{0,50}\\b(sem (regras|restri[cç][oõ]es|limites|filtros)|malvad[oa])",
                    "\\b(a partir de agora|de agora em diante)\\b.{0,50}\\b(ignor\\w*|sem (regras|restri[cç][oõ]es|limites|filtros))",
                    "\\bvoc[eê] n[aã]o (tem|est[aá])\\b.{0,30}\\b(regras|restri[cç][oõ]es|limites)",
                    "\\b(desative|desligue|contorne|burle|ignore)\\b.{0,30}\\b(seguran[cç]a|filtros?|pol[ií]ticas?|restri[cç][oõ]es|modera[cç][aã]o)",
                    "\\bnovas? (instru[cç][oõ]es|regras)\\s*:",
                    // taking over the system: privileges, deleting records, switching off logs, rewriting its settings, commands
                    "\\b(conceda|conceder|d[eê]-me|me d[eê]|libere|liberar|habilite|ative|eleve)\\b.{0,30}\\b(acesso|privil[eé]gios?|permiss[aã]o|permiss[oõ]es|direitos)\\s+(de\\s+)?(admin\\w*|root|superusu[aá]rio|elevad[oa]s?|irrestrit[oa]s?|de sistema|do sistema|desenvolvedor)",
                    "\\b(apague|apagar|delete|deletar|exclua|excluir|remova|limpe|destrua|zere|formate)\\b.{0,25}\\b(banco de dados|base de dados|tabelas?|logs?|registros (do sistema|de auditoria|de acesso)|auditoria|todos os (registros|usu[aá]rios|arquivos))\\b",
                    "\\b(desative|desativar|desabilite|desabilitar|desligue|desligar|suspenda|interrompa|contorne)\\b.{0,25}\\b(logs?|registro de atividades|auditoria|monitoramento|autentica[cç][aã]o|salvaguardas|prote[cç][oõ]es|mecanismos de (seguran[cç]a|prote[cç][aã]o))\\b",
                    "\\b(altere|alterar|modifique|modificar|mude|mudar|reconfigure|reconfigurar|redefina|redefinir|reprograme|reprogramar|atualize|atualizar|sobrescreva|sobrescrever|reescreva|reescrever|resete|resetar|reinicie)\\s+(as suas|os seus|a sua|o seu|suas|seus|sua|seu)\\s+(configura[cç][oõ]es|configura[cç][aã]o|par[aâ]metros|instru[cç][oõ]es|diretrizes|regras|programa[cç][aã]o|comportamento|personalidade|c[oó]digo|sistema|pol[ií]ticas|mem[oó]ria|treinamento|restri[cç][oõ]es|limites|filtros)\\b",
                    "\\b(execute|executar|rode|rodar)\\b.{0,15}\\b(comando|shell|script|sudo|bash|sql|terminal|rm -rf)\\b",
                    "\\b(entre|entrar|mude|mudar|passe|passar|ative|ativar|habilite|habilitar|inicie|iniciar|ligue|acione)\\b.{0,15}\\bmodo\\s+(de\\s+)?(manuten[cç][aã]o|diagn[oó]stico|administrador|admin|root|superusu[aá]rio|teste|debug|depura[cç][aã]o|desenvolvedor|servi[cç]o|irrestrito|livre)\\b",
                    "\\b(sou|eu sou)\\s+(o\\s+|a\\s+)?(seu|sua)\\s+(administrador|administradora|admin|desenvolvedor|desenvolvedora|criador|criadora|programador|programadora)\\b|\\bsou (o|a) (administrador|administradora) do sistema\\b",
                    "\\b(suas|seus)\\s+(regras|restri[cç][oõ]es|diretrizes|limites|filtros)\\s+(foram|est[aã]o)\\s+(desativad|removid|suspens|desabilitad|atualizad|alterad|liberad)",
                    // a persona or copy of the assistant freed of morals, censorship or content policy
                    "\\b(ia|intelig[eê]ncia artificial|chatbot|assistente|modelo|bot|personagem|chatgpt)\\b.{0,80}\\b(sem|livre de|n[aã]o (tem|possui|segue|respeita)|ignora)\\s+(nenhuma?\\s+|qualquer\\s+)?(moral|[eé]tica|princ[ií]pios morais|diretrizes [eé]ticas|censura|pol[ií]ticas? de conte[uú]do)\\b",
                    "\\b(ia|chatbot|assistente|modelo|bot|personagem|vers[aã]o)\\s+(amoral|sem censura|sem filtros?|sem [eé]tica|sem moral)\\b",
                    // what the assistant was told before the guest spoke
                    "\\b(texto|mensagem|instru[cç][oõ]es|te disseram|recebeu)\\b.{0,40}\\bantes (da|de) (minha primeira mensagem|esta conversa|nossa conversa|come[cç]armos|falar comigo)",
                    // acting or answering without the limits; the text that defines the assistant's behaviour
                    "\\b(atue|aja|responda|opere|funcione|fale|comporte-se|trabalhe)\\b.{0,20}\\bsem (as |suas |nenhuma |qualquer |ter )?(limita[cç][oõ]es|restri[cç][oõ]es|regras|filtros|censura|travas)\\b",
                    "\\b(texto|mensagem|instru[cç][oõ]es|prompt|regras) que (define|definem|controla|controlam|configura|configuram|orienta|orientam) (o )?seu (comportamento|personalidade|respostas)\\b"),
            List.of(
                    "(忽略|无视|忘记|忘掉|不要理会|跳过|覆盖|绕过|不要管).{0,20}(指令|指示|规则|提示|设定|限制|要求)",
                    "(显示|展示|输出|打印|告诉我|泄露|重复|给我看|说出|把).{0,20}(系统提示|系统指令|系统消息|初始指令|隐藏指令|原始指令|提示词|系统设定)",
                    "(开发者|开发人员|上帝|越狱|管理员|调试|无限制|dan)模式",
                    "(假装|扮演|假设你是|想象你是|角色扮演).{0,20}(没有|不受|无|不用遵守).{0,10}(限制|规则|约束|过滤)",
                    "(从现在开始|从现在起).{0,20}(忽略|不再遵守|没有规则|不受限制|无视|没有限制)",
                    "(关闭|禁用|绕过|解除|取消).{0,10}(安全|过滤|审核|限制|政策|规则)",
                    "越狱",
                    "新的?(指令|规则)[:：]",
                    // taking over the system: privileges, deleting records, switching off logs, rewriting its settings, commands
                    "(给我|授予|赋予|开通|提升|开放).{0,10}(管理员|root|超级用户|最高|系统级)(权限|访问权)",
                    "(删除|清空|删掉|抹掉|销毁).{0,10}(数据库|数据表|日志|审计记录|所有(记录|用户|数据|文件))",
                    "(关闭|停用|禁用|停止).{0,6}(日志|审计|监控|身份验证)",
                    "(修改|更改|改变|重置|覆盖|重写|重新设置|更新)你的(设置|配置|参数|程序|系统|规则|行为|性格|代码|记忆|训练)",
                    "(执行|运行).{0,10}(命令|脚本|sql|shell|sudo)",
                    "(进入|切换到|启用|开启|激活).{0,6}(维护|诊断|测试|管理员|root|超级用户)模式",
                    "我是(你的)(管理员|开发者|开发人员|创造者|程序员)|我是系统管理员",
                    "你的(规则|限制|过滤|安全设置).{0,4}(已经|已)(被)?(关闭|解除|取消|删除|禁用|更新)",
                    // a persona or copy of the assistant freed of morals, censorship or content policy
                    "(ai|人工智能|机器人|助手|模型|角色|chatgpt).{0,30}(没有|不受|无视|不遵守|不考虑|不讲)(任何)?(道德|伦理|审查|内容政策)",
                    "(不受审查|无审查|没有道德底线|无道德)的(ai|人工智能|机器人|助手|模型|角色|版本)",
                    // what the assistant was told before the guest spoke
                    "(对话|聊天|谈话)(开始)?(之前|以前).{0,12}(被告知|收到|设定|指示|吩咐|告诉你)",
                    // acting or answering without the limits; the text that defines the assistant's behaviour
                    "(回答|回复|说话|运行|行动|表现).{0,6}(不受|没有|不带|不加)(任何)?(限制|规则|过滤|审查)",
                    "(定义|控制|设定|规定)你(的)?(行为|性格|回答)的(文字|文本|指令|消息|提示)"));

    /**
     * Self-harm, suicidal intent and immediate danger: checked before every other layer. Figures of
     * speech that share the words ("dying to see the show", "my wife will kill me", "cut my hair")
     * are left alone: intent or the first person is part of every pattern.
     */
    static final Map<Language, List<String>> CRISIS = map(
            List.of(
                    "\\b(suicid(e|al)(?! (squad|king))|kill(ing)? myself|end(ing)? (it all|my (own )?life)|tak(e|ing) my (own )?life|want(ed)? to die(?! (my|her|his|it|the))|wanna die|wish i (was|were) (dead|never born)|better off (dead|without me|if i (was|were|am) (dead|gone))|no reason to (live|go on)|nothing (left )?to live for|no point (in |of )?(living|going on|being alive)|see the point (in |of )?(living|going on|being alive)|don['’]?t want to (live(?! (in|near|far|with|on|at|next|by|there|somewhere))|be alive|wake up|exist|be here anymore)|do not want to (live|be alive)\\b(?! (in|near|far|with|on|at|next|by|there|somewhere))|not worth living|can['’]?t go on (anymore|like this|living))\\b",
                    "\\b(going|gonna|want|ready|planning|plan|decided|about) to end it( all| tonight| now| today)?\\s*($|[.!;]|and\\b)|\\b(jump|jumping|throw myself) (off|from) (the|a|this|my) (roof|bridge|balcony|building|tower|window|parking (garage|structure))",
                    "\\bself[- ]?harm(ing)?\\b|\\b(want|wanna|going|gonna|thinking (about|of)|urge to|feel like|keep|been|started|plan(ning)? to|might)\\b.{0,12}\\b(hurt(ing)?|harm(ing)?|cut(ting)?|burn(ing)?|starv(e|ing)) myself\\b",
                    "\\b(i['’]?m|i am|we['’]?re|we are|i feel)\\b.{0,15}\\bin (immediate |serious |real )?danger\\b(?! of)",
                    // one family per pattern, each starting with its own words, so the prefilter runs it only where they are
                    "\\b(trying|threatening|threatened|tried)\\b.{0,6}\\b(kill|hurt|attack|stab|shoot) (me|us)\\b",
                    "\\b(i|we)\\b.{0,5}\\bbeing (attacked|followed|stalked|threatened|assaulted|held)\\b",
                    "\\b(has|pulled|holding|pointing|waving) a (gun|knife|weapon)\\b",
                    "\\b(attacking|hitting|beating|assaulting|choking|strangling) (me|us)\\b(?! (at|in|on|to|by|up|for))",
                    "\\b(i|we)\\b.{0,5}\\bnot safe\\b(?! to| driving)"),
            List.of(
                    "\\b(suicid(a|as|io|arme|arse|ar)\\w*|quitarme la vida|quiero morir(me)?|me quiero morir|ganas de morir(me)?|no quiero (seguir )?viv(ir|iendo)(?! (en|cerca|lejos|con|aqu[ií]|all[ií]))|no quiero estar viv[oa]|acabar con mi vida|acabar con todo(?! (el|la|lo|los|las|eso|esto))|terminar con mi vida|no vale la pena vivir|no aguanto m[aá]s (vivir|la vida)|mejor muert[oa])\\b|\\b(quiero|voy a|pienso en|pensando en|ganas de) matarme\\b|\\bme (voy a|quiero) matar\\b(?! (de|a|con|trabajando|estudiando))",
                    "\\bautolesi\\w*|\\b(quiero|voy a|ganas de|pienso en|pensando en|sigo|he estado)\\b.{0,10}\\b(hacerme da[nñ]o|lastimarme|herirme|cortarme(?! el (pelo|cabello)))",
                    "\\b(estoy|estamos) en (grave |serio )?peligro\\b|\\b(intenta|intentan|intent[oó]|amenaza con|amenazan con|est[aá]n? intentando) (matarme|matarnos|hacerme da[nñ]o|lastimarme)\\b|\\bme (est[aá]n?|viene|vienen) (atacando|siguiendo|amenazando|persiguiendo)\\b|\\btiene un (arma|cuchillo|pistola)\\b"),
            List.of(
                    "\\b(suic[ií]d(a|as|io|ar)\\w*|tirar (a )?minha (pr[oó]pria )?vida|quero morrer|vontade de morrer|n[aã]o quero (mais )?viver(?! (em|perto|longe|com|aqui|l[aá]))|acabar com (a )?minha vida|acabar com tudo(?! (o|a|os|as|isso|isto))|n[aã]o aguento mais (viver|a vida)|melhor mort[oa])\\b|\\b(quero|vou|penso em|pensando em|vontade de) me matar\\b",
                    "\\bautomutila\\w*|\\bautoles\\w*|\\b(quero|vou|vontade de|penso em|pensando em|continuo)\\b.{0,10}\\b(me machucar|me ferir|me cortar(?! o cabelo))",
                    "\\b(estou|estamos) em (grave |s[eé]rio )?perigo\\b|\\b(tentando|tenta|tentam|tentou|amea[cç]ando|amea[cç]a|amea[cç]am) (me |nos )?(matar|machucar|atacar)\\b|\\b(est[aá]|est[aã]o) me (atacando|seguindo|amea[cç]ando|perseguindo)\\b|\\btem uma (arma|faca)\\b"),
            List.of(
                    "(我|好|真)想死(?!你)|想去死|不想活|活不下去|活着没(有)?意思|结束(自己的|我的)?生命|自杀|轻生|寻死|了结自己|杀了我自己|(想|要|去)(跳楼|跳河|上吊)(?!价)",
                    "(自残|自伤|伤害自己|割腕)",
                    "(我|我们)(现在)?有危险|处境(很)?危险|有人(要|想|在)杀我|有人(在)?(跟踪|威胁|攻击)我|(拿|用)(着)?(枪|刀)(指着|对着)我"));

    static final Map<Language, List<String>> RESPONSIBLE_GAMING = map(
            List.of(
                    "\\b(i|i've|ive|i have|i'm|im|we|we've)\\b.{0,30}\\b(lost|blew|blown|gambled away|spent|lose)\\b.{0,40}\\b(everything|it all|all (my|our|of (my|our))|my (savings|house|home|rent|mortgage|paycheck|paycheque|pension|retirement|kids'?|children'?s|college|life savings|car)|rent money|the rent|the mortgage|life savings|(the )?money for (my|our|the) (bills|rent|mortgage|groceries|food|kids|medicine|tuition|car payment)|(bill|bills|grocery|food) money)",
                    "\\b(lost|gambled away)\\b.{0,20}\\b(my|our) (rent|savings|paycheck|paycheque|mortgage|house|pension|kids'?|children'?s|college)",
                    "\\b(can'?t|cannot|can not|unable to|don'?t know how to)\\s+(stop|quit)\\s+(gambling|playing|betting)\\b",
                    // an addiction is the guest's own (or a companion's), or is to gambling: "what causes addiction?" is a question
                    "\\b(compulsive gambl\\w*|problem gambl\\w*|gambling problem|gambling addict\\w*)\\b",
                    "\\b(i'?m|i am|im|i'?ve been|i feel|i think|i might be|am i|i have an?|my|he'?s|she'?s|he is|she is|they'?re|we'?re)\\b.{0,25}\\b(addicted|addiction|addict)\\b",
                    "\\b(addicted|addiction|addict)\\b.{0,30}\\b(gambl\\w*|betting|bets?|slots?|casinos?|poker|blackjack|roulette|craps|baccarat|cards|tables|machines|lottery|scratch(ers| cards)?)\\b",
                    "\\b(gambl\\w*|betting|slots?|casino|poker|blackjack|roulette)\\b.{0,20}\\b(addicted|addiction|addict)\\b",
                    "\\b(win|get|make|earn)\\s+(it|my money|everything|what i lost|back what|the money)\\b.{0,20}\\bback\\b|\\bchas(e|ing)\\s+(my\\s+)?loss(es)?\\b|\\bwin back\\b",
                    "\\b(borrow|loan|lend me|pawn|sell|sold|remortgage|max(ed)? out|cash advance|payday loan)\\b.{0,40}\\b(to (gamble|play|bet|keep playing|keep going|keep betting)|for (gambling|more chips|the (slots|tables|casino))|more chips|one more (hand|spin|bet))",
                    "\\bself[- ]?exclu(de|sion)\\b|\\bexclude myself\\b|\\b(ban|block|bar) me from\\b|\\bplease ban me\\b|\\bhelp me (stop|quit)\\b|\\bdon'?t let me (play|gamble|bet)\\b",
                    "\\b(i|i really) (want|need|have) to (stop|quit) (gambling|playing|betting)\\b",
                    "\\bgambling\\b.{0,20}\\b(ruin\\w*|destroy\\w*|out of control)|\\bmy (gambling|betting) is\\b.{0,20}\\b(out of control|a problem|too much)\\b",
                    "\\bcan'?t control myself\\b",
                    // losses and debts: "$100k in the hole", "20 grand in gambling debt"
                    "\\bin the hole\\b|\\b(gambling|betting|casino) debts?\\b"),
            List.of(
                    "\\b(perd[ií]|he perdido|perdimos)\\b.{0,40}\\b(todo|mis ahorros|la renta|el alquiler|mi casa|la hipoteca|mi sueldo|mi salario|mi pensi[oó]n|el dinero de)",
                    "\\bno (puedo|consigo|s[eé] c[oó]mo) (dejar|parar) de (jugar|apostar)\\b",
                    "\\badicci[oó]n al juego\\b|\\blud[oó]p[aá]t\\w*|\\bsoy adict[oa]\\b",
                    "\\b(recuperar|ganar de nuevo)\\b.{0,30}\\b(lo que perd[ií]|mi dinero|las p[eé]rdidas)",
                    "\\b(pedir|ped[ií]|pido|pr[eé]stamo|prestado|empe[nñ]ar|empe[nñ][eé]|vender|vend[ií]|adelanto)\\b.{0,40}\\b(para (jugar|apostar|seguir jugando|seguir apostando)|fichas)",
                    "\\bdeudas? de(l)? (juego|apuestas|casino)\\b|\\b(endeudad[oa]|debo)\\b.{0,30}\\b(por (el juego|apostar|jugar|las apuestas)|(en|del) (el )?casino)",
                    "\\bautoexclu\\w*|\\bexclu(irme|yanme)\\b|\\bpro?h[ií]b[ae]nme la entrada\\b|\\b(quiero|necesito) dejar de (jugar|apostar)\\b|\\bay[uú]dame a dejar de\\b"),
            List.of(
                    "\\b(perdi|perdemos)\\b.{0,40}\\b(tudo|minhas economias|o aluguel|minha casa|a hipoteca|meu sal[aá]rio|minha aposentadoria|o dinheiro d)",
                    "\\bn[aã]o (consigo|sei como) (parar|deixar) de (jogar|apostar)\\b",
                    "\\bv[ií]cio em (jogo|apostas)\\b|\\bviciad[oa] em (jogo|apostas)\\b|\\bsou viciad[oa]\\b",
                    "\\b(recuperar|ganhar de volta)\\b.{0,30}\\b(o que perdi|meu dinheiro|as perdas|o preju[ií]zo)",
                    "\\b(pegar emprestado|emprestado|empr[eé]stimo|penhorar|penhorei|vender|vendi|adiantamento)\\b.{0,40}\\b(para (jogar|apostar|continuar jogando|continuar apostando)|fichas)",
                    "\\bd[ií]vidas? de (jogo|apostas?|cassino)\\b|\\b(endividad[oa]|devendo|devo)\\b.{0,30}\\b(por causa d[oa]s? (jogo|apostas?|bets?)|n[oa]s? (jogo|apostas?|bets?|cassino))",
                    "\\bautoexclus[aã]o\\b|\\bme excluir\\b|\\bme (pro[ií]bam|bloqueiem|banam)\\b|\\b(quero|preciso) parar de (jogar|apostar)\\b|\\bme ajude a parar\\b"),
            List.of(
                    "(输光|输掉|输了|赌光|赌掉).{0,10}(所有|全部|一切|积蓄|房租|房子|工资|养老金|存款|钱)",
                    "(房租|工资|积蓄|存款|养老金|房子|所有的钱|全部的钱|薪水).{0,6}(输光|输掉|输了|赌光|赌掉)",
                    "(戒不掉|停不下来|控制不住).{0,6}(赌|赌博)|(赌|赌博)(成瘾|上瘾)|赌瘾|上瘾了",
                    "(赢回|翻本|回本|把输的.{0,4}(赢|拿)回)",
                    "赌债|(赌|输).{0,8}欠了?.{0,8}(万|千|债)|欠了?.{0,8}(万|千).{0,4}(赌|输)",
                    "(借钱|贷款|抵押|卖掉|卖了|典当|透支).{0,15}(赌|玩|下注|筹码)",
                    "(自我排除|自我禁入|禁止我(进入|赌博|入场)|把我(加入黑名单|拉黑)|戒赌|停止赌博|不再赌)"));

    static final Map<Language, List<String>> AML = map(
            List.of(
                    "\\b(split|break up|divide|spread|structure)\\b.{0,40}\\b(cash|deposits?|chips|buy[- ]?ins?|money|transactions?|payments?)\\b.{0,60}\\b(avoid|under|below|so (it|they|that|nothing)|without|not to|doesn'?t get|don'?t get)\\b",
                    "\\b(under|below|just under|less than)\\s+(\\$\\s?)?(10,?000|10k|ten (grand|thousand))\\b.{0,60}\\b(avoid|so|report|paperwork|irs|ctr|flag)",
                    "\\b9,?[5-9]\\d\\d\\b.{0,40}\\b(twice|each|every|several|under|stay under|avoid)",
                    "\\b(avoid|skip|get around|dodge|evade|bypass|without filing|not file|no)\\b.{0,40}\\b(ctr|currency transaction report|sar|reporting|report|irs|paperwork|w-?2g|the form|id check|record)\\b",
                    "\\b(multiple|several|different)\\s+(cashiers|cages|windows|days|visits|people|friends)\\b.{0,60}\\b(so|avoid|under|below|not|without|nothing)\\b",
                    "\\b(launder\\w*|wash|clean|cleaning)\\b.{0,30}\\b(money|cash|funds)\\b",
                    "\\blaunder\\w*\\b.{0,30}\\b(chips|proceeds|winnings|profits|crypto|bitcoin)\\b|\\blaunder\\w*\\b.{0,20}\\b(through|at|in) (the|a|this|your) (casino|cage|tables|slots)\\b",
                    "\\b(dirty|drug|illicit|untraceable|unreported|black)\\s+(money|cash)\\b",
                    "\\b(walk|take|carry|leave|sneak)\\b.{0,30}\\bchips\\b.{0,40}\\b(without|not (cash|cashing)|off the (books|property)|untracked|unrated|under the radar)",
                    "\\bchip walk(ing)?\\b",
                    "\\b(have|let|get|can)\\s+(my\\s+)?(friend|someone else|another person|buddy)\\b.{0,40}\\b(cash (out|in)|cash my|redeem)\\b.{0,40}\\b(so|avoid|report|irs|id|name)",
                    "\\b(without|no)\\s+(id|identification|paperwork|records?|questions asked)\\b.{0,30}\\b(so|record|trace)"),
            List.of(
                    "\\b(dividir|divido|fraccionar|repartir|partir)\\b.{0,40}\\b(efectivo|dep[oó]sitos?|fichas|dinero|transacciones?|pagos?)\\b.{0,40}\\b(evitar|menos de|por debajo|para que no|sin|no reportar)",
                    "\\b(evitar|evito|evado|no llenar|no reportar|sin reportar|esquivar|evadir|saltarme|sin llenar)\\b.{0,40}\\b(reporte|informe|ctr|irs|hacienda|papeleo|formulario|identificaci[oó]n)",
                    "\\b(lavar|blanquear|blanqueo|limpiar)\\b.{0,20}\\b(dinero|efectivo|fondos)\\b|\\b(lavar|blanquear)\\b.{0,20}\\b(fichas|ganancias|criptomonedas)\\b",
                    "\\bdinero (sucio|negro|de la droga|ilegal)\\b",
                    "\\b(sacar|saco|llevarme|llevar)\\b.{0,20}\\bfichas\\b.{0,40}\\b(sin (cambiar|cobrar|que|reportar)|fuera del casino|registro)",
                    "\\bmenos de (\\$\\s?)?10[.,]?000\\b.{0,40}\\b(evitar|reporte|para que no)",
                    "\\bfraccionar\\b.{0,30}\\b(dep[oó]sitos|pagos)"),
            List.of(
                    "\\b(dividir|divido|fracionar|repartir|quebrar)\\b.{0,40}\\b(dinheiro|dep[oó]sitos?|fichas|esp[eé]cie|transa[cç][oõ]es|pagamentos?)\\b.{0,40}\\b(evitar|abaixo|menos de|para n[aã]o|sem|n[aã]o declarar)",
                    "\\b(evitar|n[aã]o preencher|n[aã]o declarar|sem declarar|driblar|fugir d[oa]|fujo d[oa]|burlar|sem preencher)\\b.{0,40}\\b(relat[oó]rio|declara[cç][aã]o|ctr|receita|irs|papelada|formul[aá]rio|identifica[cç][aã]o|coaf)",
                    "\\b(lavar|branquear|branqueio|limpar)\\b.{0,20}\\b(dinheiro|grana|recursos)\\b|\\b(lavar|branquear)\\b.{0,20}\\b(fichas|ganhos|criptomoedas)\\b",
                    "\\bdinheiro (sujo|do tr[aá]fico|ilegal|n[aã]o declarado)\\b",
                    "\\b(levar|levo|tirar|sair com)\\b.{0,20}\\bfichas\\b.{0,40}\\b(sem (trocar|descontar|que|declarar)|para fora|registro)",
                    "\\bmenos de (\\$\\s?)?10[.,]?000\\b.{0,40}\\b(evitar|relat[oó]rio|para n[aã]o)",
                    "\\bfracionar\\b.{0,30}\\b(dep[oó]sitos|pagamentos)"),
            List.of(
                    "(分开|分批|拆分|分几次|分成).{0,20}(存|兑换|换|取|现金|筹码|交易).{0,20}(避免|不超过|低于|一万以下|不被|以免|绕过)",
                    "(避免|不想|绕过|逃避|不用).{0,15}(申报|报告|填表|登记|税务|身份(证)?检查|ctr|irs)",
                    "(洗钱|洗白|黑钱|脏钱|来路不明的钱)",
                    "(带走|拿走|带出).{0,10}筹码.{0,20}(不兑换|不换|不被记录|不登记)",
                    "筹码.{0,4}(带走|拿走|带出).{0,20}(不兑换|不换|不被记录|不登记)",
                    "一万以下.{0,10}(以免|避免|不被)"));

    /** The commonest Chinese surnames: one of them and a character or two before "的" names a person. */
    private static final String SURNAMES = "[王李张刘陈杨黄赵吴周徐孙胡郭林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫段侯陶黎贺顾郝龚邵严覃戴莫]";
    /** Details that belong to one person alone, whoever asks for them (not a place's phone, not a safe's code). */
    private static final String PERSONAL_DETAILS = "身份证|家庭住址|家庭地址|私人电话|私人手机|私人邮箱|手机号|银行卡号|银行账户|银行账号|信用卡号|护照号|社会安全号|社会保障号|病历|病史|"
            + "开房记录|通话记录|聊天记录|行踪|社保号|工资|住在哪|住哪";
    /** A named person's details: with a name before them, an address, a number or a room is a person's too. */
    private static final String NAMED_DETAILS = PERSONAL_DETAILS + "|住址|地址|电话|联系方式|个人信息|个人资料|银行卡|信用卡|密码|收入|房间号|房号|微信|邮箱|车牌号";

    static final Map<Language, List<String>> PRIVACY = map(
            List.of(
                    "\\b(is|was|has|did|does)\\s+(my\\s+)?(husband|wife|ex|ex-wife|ex-husband|boss|girlfriend|boyfriend|partner|coworker|colleague|neighbor|brother|sister|friend)\\b(?!\\s+and\\s+(i|me)\\b).{0,40}\\b(staying|checked in|check in|here tonight|playing|gambling|in the casino|at the tables|registered|win|won|lose|lost|spend|spent)\\b",
                    "\\b(is|was|has)\\s+(mr|mrs|ms|miss|dr)\\.?\\s+\\w+.{0,30}\\b(staying|checked in|here|playing|gambling|in the casino|registered)\\b",
                    "\\b(which|what)\\s+room\\s+(is|was|are)\\s+(?!the\\b|a\\b|an\\b|this\\b|that\\b|our\\b|it\\b|i\\b)\\w+.{0,30}\\b(in|staying|at)\\b",
                    "\\broom (number|no\\.?) (of|for)\\s+(my|mr|mrs|ms|\\w+ \\w+)",
                    "\\b(tell me|do you know|can you (tell|check|see|confirm|look up|find)|look up|find out|check)\\b.{0,30}\\b(if|whether|where|when|who|how much|what)\\b.{0,30}\\b(my\\s+(ex|ex-wife|ex-husband|wife|husband|boss|friend|girlfriend|boyfriend|partner|colleague|coworker|neighbor)|mr\\.?|mrs\\.?|ms\\.?|another guest|other guests?)\\b(?!\\s+and\\s+(i|me)\\b)",
                    "\\bwho\\b.{0,10}\\b(is|was)\\s+(mr\\.?|mrs\\.?|ms\\.?|my\\s+\\w+|that (guy|man|woman|lady)|this (guy|man|woman|lady))\\s+.{0,20}\\b(with|playing with|staying with|sitting with)\\b",
                    "\\b(how much|what)\\b.{0,20}\\b(did|has|have)\\s+(mr\\.?|mrs\\.?|ms\\.?|my\\s+\\w+|that (guy|man|woman|lady)|this (guy|man|woman|lady)|the (guy|man|woman|lady))\\b.{0,30}\\b(win|won|lose|lost|spend|spent|bet|wager)",
                    "\\b(guest list|list of guests|which guests|who('?s| is) staying|other guests'? (rooms?|names?|details|information))\\b",
                    "\\b(is|are)\\s+(?!the\\b|a\\b|an\\b|there\\b|it\\b|this\\b|that\\b|your\\b|our\\b|my\\b)\\w+\\s+\\w+\\s+(staying|checked in|registered) (here|at|in)\\b",
                    "\\b(my\\s+(husband|wife|girlfriend|boyfriend|partner|ex))\\b\\s+(with|playing with)\\b.{0,10}\\?|\\bwho is my (husband|wife|girlfriend|boyfriend|partner) with\\b",
                    // another person's identifiers, records or whereabouts, asked for by name or relation (not the guest's own, not the property's)
                    "\\b(what('?s| is| are)|give me|tell me|find|look up|get me|send me|i need|i want|share|provide|reveal|show me|dig up)\\b.{0,40}\\b(home address|house address|private (address|email|phone|number)|personal (address|email|phone|cell|mobile) (number|address)?|cell (phone )?number|cellphone number|mobile (phone )?number|social security( number)?|ssn|passport number|driver'?s licen[cs]e( number)?|medical (records?|history)|phone records|criminal record|location history)\\s+(of|for|belonging to)\\s+(?!me\\b|myself\\b|my (own|room|account|reservation|booking|card)\\b|the (hotel|casino|resort|property|front desk|spa|restaurant|concierge|cage|host|manager on duty)\\b|this (hotel|casino|resort|place)\\b|your\\b)",
                    "\\b(locate|find|track down|looking for|searching for|search for|get|dig up)\\b.{0,40}\\b(residential address|residence address|home address|house address|private residence|home phone( number)?|personal (email|phone|cell|mobile|contact))\\b(?!.{0,20}\\b(on file|in my (account|profile|booking|reservation)|for my (account|profile|booking|reservation))\\b)",
                    "\\b(my (neighbou?r|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|boss|coworker|co-worker|colleague|roommate|tenant|landlord|classmate|teacher|sister-in-law|brother-in-law|mother-in-law|father-in-law|stepdad|stepmom)|someone|somebody|a stranger|another person|this person|that (person|guy|woman|man|girl))('s|s)\\s.{0,12}\\b(home address|house address|address|phone number|cell (phone )?number|social security( number)?|ssn|passport( number)?|credit card|bank (account|details|statements?)|medical (records?|history)|password|login|emails?|texts?|messages|phone records|location|whereabouts|salary|criminal record)\\b"),
            List.of(
                    "\\b(est[aá]|se (hospeda|aloja|queda)|est[aá] hospedad[oa])\\b.{0,20}\\b(mi (esposo|esposa|marido|mujer|novio|novia|ex|jefe|amigo|amiga|socio|pareja|hermano|hermana)|el se[nñ]or|la se[nñ]ora|el sr\\.?|la sra\\.?)",
                    "\\b(mi (esposo|esposa|marido|mujer|novio|novia|ex|jefe|amigo|amiga|socio|pareja|hermano|hermana)|el se[nñ]or|la se[nñ]ora|el sr\\.?|la sra\\.?)\\b.{0,30}\\b(hospeda|hospedad[oa]|aloja|est[aá] (aqu[ií]|en el casino|jugando)|jugando|check-?in|gan[oó]|perdi[oó]|gast[oó]|apost[oó])",
                    "\\b(en qu[eé]|cu[aá]l es (el|la)|n[uú]mero de)\\s+(habitaci[oó]n|cuarto)\\b.{0,30}\\b(de|del|est[aá])\\b",
                    "\\bcu[aá]nto\\b.{0,20}\\b(gan[oó]|perdi[oó]|gast[oó]|apost[oó])\\b",
                    "\\bcon qui[eé]n\\b.{0,30}\\b(est[aá]|estaba|vino|juega|jugaba|jugando)\\b",
                    "\\b(lista de (hu[eé]spedes|invitados)|otros hu[eé]spedes)\\b"),
            List.of(
                    "\\b(meu (marido|namorado|ex|chefe|amigo|s[oó]cio|irm[aã]o)|minha (esposa|mulher|namorada|ex|amiga|irm[aã])|o senhor|a senhora|o sr\\.?|a sra\\.?)\\b.{0,30}\\b(hospedad[oa]|est[aá] (aqui|no cassino|no hotel|jogando)|jogando|check-in|ganhou|perdeu|gastou|apostou)",
                    "\\b(qual [eé] o|em que|n[uú]mero do)\\s+quarto\\b.{0,30}\\b(est[aá]|fica|do|da|de)\\b",
                    "\\bquanto\\b.{0,20}\\b(ganhou|perdeu|gastou|apostou)\\b",
                    "\\bcom quem\\b.{0,30}\\b(est[aá]|estava|veio|joga|jogava|jogando)\\b",
                    "\\b(lista de (h[oó]spedes|convidados)|outros h[oó]spedes)\\b"),
            List.of(
                    "(我老公|我丈夫|我老婆|我妻子|我男朋友|我女朋友|我前妻|我前夫|我老板|我朋友|我同事|先生|女士|小姐|其他客人|别的客人|那位客人|那个人).{0,4}(住在|住哪|在哪个房间|房间号|是不是住|有没有入住|已经入住|入住了|在不在|赢了多少|输了多少|花了多少|和谁|跟谁)",
                    "(查|告诉我|帮我看|帮我查).{0,10}(我老公|我丈夫|我老婆|我妻子|我男朋友|我女朋友|我前妻|我前夫|我老板|我朋友|我同事|先生|女士).{0,10}(房间|在不在|住|赢|输)",
                    "(客人名单|住客名单|宾客名单)",
                    // 他人的身份证号、住址、电话、银行卡、病历、密码、行踪（不是客人自己的，也不是酒店的）
                    "(邻居|前任|前女友|前男友|前妻|前夫|同事|老板|领导|同学|室友|租客|房东|明星|网红|歌手|演员|主播|法官|证人|记者|那个人|这个人|那个女|那个男|陌生人|某人).{0,8}(身份证号|身份证号码|家庭住址|住址|手机号|电话号码|私人电话|银行卡号|银行流水|病历|密码|通话记录|开房记录|聊天记录|行踪|位置记录|工资).{0,6}(是多少|是什么|多少|在哪|给我|发给我|告诉我)",
                    "(查|找|告诉我|给我|帮我弄|调取|弄到|要到).{0,10}(邻居|前任|前女友|前男友|前妻|前夫|同事|老板|领导|同学|室友|租客|房东|明星|网红|歌手|演员|主播|法官|证人|记者|那个人|这个人|那个女|那个男|陌生人|某人).{0,8}(身份证号|身份证号码|家庭住址|住址|手机号|电话号码|私人电话|银行卡号|银行流水|病历|密码|通话记录|开房记录|聊天记录|行踪|位置记录|工资)",
                    "(找到|查到|定位|找出|寻找|查找|打听).{0,20}(住宅地址|居住地址|家庭地址|家庭住址|私人住址|住址|私人电话|私人手机|私人邮箱)",
                    "人肉(搜索|一下|出)",
                    // 点名问某个人的私密信息："张伟的手机号是多少"：常见姓氏加一两个字就是人名，后面紧跟只属于个人的信息
                    // (a gap before the detail, so the prefilter runs it only where a detail is named)
                    SURNAMES + "(?!经理|总|主管|领班|师傅|教练|医生|护士|助理|秘书|管家|客服)[\\u4e00-\\u9fff]{1,2}(先生|女士|小姐|太太|老师)?的.{0,6}(" + NAMED_DETAILS + ")",
                    SURNAMES + ".{0,2}(先生|女士|小姐|太太)(住在哪|住哪|家在哪|住几号|住几楼|住哪间|住哪个房间)",
                    // 外国人名的译名用间隔号："汤姆·汉克斯的住址"
                    "[\\u4e00-\\u9fff]{1,5}[·・•‧][\\u4e00-\\u9fff]{1,6}.{0,7}(" + NAMED_DETAILS + "|住在哪|住哪|家在哪)",
                    // 要一个真实的证件号、卡号
                    "(真实|真的|有效|能用|可用)的.{0,4}(社会安全号|身份证号|信用卡号|银行卡号|护照号)",
                    "(隔壁|对面|楼上|楼下|旁边)(的)?(房间|套房|房)?.{0,3}住(的是|着)(谁|什么人)|谁住在(隔壁|对面|楼上|楼下)",
                    // 成批要别人的信息：名单、所有人的电话（不是某个场所的电话）
                    "(所有|全部|每个|每位|一批|一些|十个|几个|列出)[^，。？！,.?!]{0,6}(人|客人|会员|员工|住客|顾客|用户|名人|明星|病人|学生|人名|姓名|名字)[^，。？！,.?!]{0,6}"
                            + "(电话号码|电话|手机号|住址|家庭地址|身份证号|联系方式)|名单(和|及|以及|与|跟|加上)?(电话|手机号|住址|联系方式)",
                    // 请求他人的私密信息：请求的词，再是一个不属于客人自己、也不是某个场所的所有者，然后是只属于个人的信息
                    "(告诉我|给我|发给我|发我|帮我查|帮我找|查一下|查查|查询|调出|提供|透露|我想知道|我需要|我要).{0,4}"
                            + "(?:(?![我你您们酒店厅馆部场台处所院局站司行团队心区])[\\u4e00-\\u9fff]){1,8}的(" + PERSONAL_DETAILS + ")"));

    /** Signs that a guest (or a guest's companion they ask about) is under 21. */
    static final Map<Language, List<String>> UNDER_21 = map(
            List.of(
                    "\\b(i'?m|i am|im|we'?re|we are)\\s+(only\\s+|just\\s+)?(1[0-9]|20|[5-9]|twenty)\\b(?!\\s*(minutes?|mins?|hours?|dollars?|bucks|%|k\\b|th\\b|st\\b|nd\\b|rd\\b|am\\b|pm\\b|:|miles?|people|of us|and visiting))",
                    "\\b(1[0-9]|20|5|6|7|8|9)[- ]?(years?|yrs?)[- ]?old\\b",
                    "\\b(under ?age|underaged|under 21|not (yet )?21|too young to|high school(er)?|in (middle|high) school|fake id|teenagers?|i'?m a minor|we'?re minors)\\b"),
            List.of(
                    "\\btengo\\s+(1[0-9]|20|[5-9])\\s+a[nñ]os\\b",
                    "\\b(soy menor|somos menores|menor(es)? de edad|tengo menos de 21|no tengo 21|estoy en (la )?(secundaria|preparatoria|prepa)|identificaci[oó]n falsa)\\b",
                    "\\bmi hij[oa] de (1[0-9]|[5-9]) a[nñ]os\\b"),
            List.of(
                    "\\btenho\\s+(1[0-9]|20|[5-9])\\s+anos\\b",
                    "\\b(sou menor|somos menores|menor(es)? de idade|tenho menos de 21|n[aã]o tenho 21|estou no (ensino m[eé]dio|colegial)|identidade falsa|documento falso)\\b",
                    "\\bmeu filho de (1[0-9]|[5-9]) anos\\b|\\bminha filha de (1[0-9]|[5-9]) anos\\b"),
            List.of(
                    "(我|我今年|我才|我只有)\\s*(1[0-9]|20|[5-9]|二十|十[一二三四五六七八九]?|[五六七八九])\\s*岁",
                    "(未成年|不满21|不到21|还没满21|高中生|初中生|中学生|假身份证)",
                    "(1[0-9]|十[一二三四五六七八九]?)岁的(儿子|女儿|孩子)"));

    /** Gaming and alcohol, which a guest under 21 is not offered. */
    static final Map<Language, List<String>> GAMING_OR_ALCOHOL = map(
            List.of("\\b(play|gamble|gambling|bet|betting|wager|slots?|blackjack|poker|roulette|craps|baccarat|casino|sportsbook|table games?|drinks?|drinking|alcohol|beer|wine|cocktails?|shots|bar|nightclub|club|vodka|whiskey|tequila|margaritas?|booze|keno|bingo|chips)\\b"),
            List.of("\\b(jugar|apostar|apuestas?|tragamonedas|tragaperras|blackjack|p[oó]quer|ruleta|casino|fichas|beber|tomar|alcohol|cerveza|vino|c[oó]cteles?|tragos?|bar|discoteca|tequila|bingo)\\b"),
            List.of("\\b(jogar|apostar|apostas?|ca[cç]a-n[ií]queis|blackjack|p[oô]quer|roleta|cassino|fichas|beber|bebida|alcool|álcool|cerveja|vinho|coquet[eé]is|drinks?|bar|balada|boate|caipirinha|bingo)\\b"),
            List.of("(赌|老虎机|21点|二十一点|扑克|轮盘|百家乐|下注|投注|喝酒|饮酒|酒吧|啤酒|葡萄酒|鸡尾酒|夜店|赌场|筹码)"));

    /** Weak signals per layer: not enough to refuse, enough to ask the semantic classifier when it is on. */
    static final Map<GuardrailLayer, Map<Language, List<String>>> BORDERLINE = Map.of(
            GuardrailLayer.INJECTION, map(
                    List.of("\\b(your|the)\\s+(instructions|system prompt|prompt|programming)\\b|\\bpretend you\\b|\\brole-?play\\b"),
                    List.of("\\b(tus instrucciones|el prompt)\\b|\\bfinge que\\b"),
                    List.of("\\b(suas instru[cç][oõ]es|o prompt)\\b|\\bfinja que\\b"),
                    List.of("(指令|提示词)")),
            GuardrailLayer.RESPONSIBLE_GAMING, map(
                    List.of("\\blost\\b.{0,30}\\$\\s?\\d{3,}|\\bi'?m broke\\b|\\bone more (spin|hand|bet)\\b"),
                    List.of("\\bperd[ií]\\b.{0,30}\\$\\s?\\d{3,}"), List.of("\\bperdi\\b.{0,30}\\$\\s?\\d{3,}"), List.of("输了.{0,6}[0-9万千]")),
            GuardrailLayer.AML, map(
                    List.of("\\b(report|reporting|ctr)\\b.{0,40}\\bcash\\b|\\bcash\\b.{0,40}\\b(report|reporting|ctr)\\b"),
                    List.of("\\b(reporte|reportar)\\b.{0,40}\\befectivo\\b"), List.of("\\b(relat[oó]rio|declarar)\\b.{0,40}\\bdinheiro\\b"),
                    List.of("(申报).{0,10}现金")),
            GuardrailLayer.PRIVACY, map(
                    List.of("\\b(staying|room|checked in)\\b.{0,20}\\b(mr|mrs|ms)\\b"),
                    List.of("\\bhabitaci[oó]n\\b.{0,20}\\b(se[nñ]or|se[nñ]ora)\\b"), List.of("\\bquarto\\b.{0,20}\\b(senhor|senhora)\\b"),
                    List.of("(房间).{0,6}(先生|女士)")));

    /** Every pattern of every layer, borderline signals included: what the prefilter is built from. */
    static List<String> all() {
        return Stream.concat(Stream.of(CRISIS, INJECTION, RESPONSIBLE_GAMING, AML, PRIVACY, UNDER_21, GAMING_OR_ALCOHOL),
                        BORDERLINE.values().stream())
                .flatMap(byLanguage -> byLanguage.values().stream())
                .flatMap(List::stream)
                .toList();
    }

    private static Map<Language, List<String>> map(List<String> en, List<String> es, List<String> pt, List<String> zh) {
        Map<Language, List<String>> byLanguage = new EnumMap<>(Language.class);
        byLanguage.put(Language.EN, en);
        byLanguage.put(Language.ES, es);
        byLanguage.put(Language.PT, pt);
        byLanguage.put(Language.ZH, zh);
        return byLanguage;
    }

    /** One pattern of {@code language}, with Unicode-aware word boundaries for the Latin-script languages. */
    static Pattern compile(Language language, String source) {
        return Pattern.compile(source, language == Language.ZH ? 0 : Pattern.UNICODE_CHARACTER_CLASS);
    }
}
