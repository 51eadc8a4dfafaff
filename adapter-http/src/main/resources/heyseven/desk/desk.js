// Hey Seven's host desk: no framework, no build step, the chat page's conventions. It asks
// /v1/staff/me who is signed in (401: the sign-in button), lists the member's casinos, shows the views
// the member's roles allow: the live queue (an EventSource on the casino's case events; the session
// cookie goes with it), a case's briefing and transcript with claim / reply / hand back / resolve,
// the compliance view (compliance cases, events, a phone number's consent chain) and the admin view
// (items imported or edited through the CMS webhook's screening). Every text from the server is set
// with textContent; every call sends X-Desk: 1, the CSRF guard of a cookie-authenticated call.
"use strict";

const TEXTS = {
  en: { title: "Host desk", casino: "Casino", language: "Language", signOut: "Sign out", signInTitle: "Staff sign-in",
        signInHelp: "Sign in with your casino account to see the cases of your property.", signIn: "Sign in",
        queue: "Queue", compliance: "Compliance", admin: "Admin", openCases: "Open cases", noCases: "No open cases.",
        complianceCases: "Compliance cases", complianceEvents: "Compliance events", load: "Load", consentChain: "Consent chain",
        phone: "Phone number", lookUp: "Look up", importItems: "Import items",
        itemsJson: "Items (a JSON array, as the CMS webhook takes them)", itemsFile: "Or choose a JSON file", import: "Import",
        editItem: "Edit one item", itemId: "Item id", itemJson: "Item (JSON)", save: "Save item", briefing: "Briefing",
        transcript: "Transcript", claim: "Claim", handBack: "Hand back to the agent", replyLabel: "Reply to the guest", send: "Send",
        outcome: "Outcome", resolve: "Resolve", newCase: "New case: {reason}.", caseOf: "{reason} case",
        claimedBy: "Claimed by {name}", noOne: "no one", you: "you",
        facts: { status: "Status", channel: "Channel", opened: "Opened", claimed: "Claimed by", outcome: "Outcome" },
        brief: { wants: "Wants", profile: "Profile", risk: "Risk flags", said: "The guest said", inferred: "Inferred",
                 next: "Suggested next step", by: "Written by" },
        authors: { guest: "Guest", agent: "Agent", host: "Host" },
        reasons: { responsible_gaming: "Responsible gaming", crisis: "Crisis", human_requested: "Asked for a person",
                   callback: "Call-back", aml: "AML", age: "Age", low_rating: "Low rating",
                   comp_approval: "Comp approval", frustrated: "Frustrated" },
        statuses: { open: "open", claimed: "claimed", resolved: "resolved" }, channels: { web: "web chat", sms: "SMS" },
        claimed: "You hold this case: the agent is silent, your replies reach the guest.", replied: "Reply sent.",
        released: "Handed back to the agent.", resolved: "Case resolved.", conflict: "Another host holds this case.", notAllowed: "The guest's consent rules do not allow this text (opted out or do not contact): it was not sent.",
        failed: "That did not work ({status}).", badJson: "That is not valid JSON: {error}", notArray: "The items must be a JSON array.",
        imported: "Done ({status}).", verified: "The consent chain verifies.", broken: "The consent chain does NOT verify.",
        offline: "The live queue lost its connection; reconnecting…", live: "Live.",
        loaded: "{count} events loaded.",
        outcomes: { ingested: "taken in", unchanged: "unchanged", stale: "older than the stored one, ignored", rejected: "refused", deleted: "deleted", absent: "not there" } },
  es: { title: "Mesa de anfitriones", casino: "Casino", language: "Idioma", signOut: "Cerrar sesión", signInTitle: "Acceso del personal",
        signInHelp: "Inicie sesión con su cuenta del casino para ver los casos de su propiedad.", signIn: "Iniciar sesión",
        queue: "Cola", compliance: "Cumplimiento", admin: "Administración", openCases: "Casos abiertos", noCases: "No hay casos abiertos.",
        complianceCases: "Casos de cumplimiento", complianceEvents: "Eventos de cumplimiento", load: "Cargar",
        consentChain: "Cadena de consentimiento", phone: "Número de teléfono", lookUp: "Consultar", importItems: "Importar elementos",
        itemsJson: "Elementos (un array JSON, como los recibe el webhook del CMS)", itemsFile: "O elija un archivo JSON", import: "Importar",
        editItem: "Editar un elemento", itemId: "Id del elemento", itemJson: "Elemento (JSON)", save: "Guardar elemento", briefing: "Resumen",
        transcript: "Transcripción", claim: "Tomar", handBack: "Devolver al agente", replyLabel: "Responder al huésped", send: "Enviar",
        outcome: "Resultado", resolve: "Resolver", newCase: "Nuevo caso: {reason}.", caseOf: "Caso: {reason}",
        claimedBy: "Tomado por {name}", noOne: "nadie", you: "usted",
        facts: { status: "Estado", channel: "Canal", opened: "Abierto", claimed: "Tomado por", outcome: "Resultado" },
        brief: { wants: "Quiere", profile: "Perfil", risk: "Señales de riesgo", said: "Lo que dijo el huésped", inferred: "Deducido",
                 next: "Siguiente paso sugerido", by: "Escrito por" },
        authors: { guest: "Huésped", agent: "Agente", host: "Anfitrión" },
        reasons: { responsible_gaming: "Juego responsable", crisis: "Crisis", human_requested: "Pidió una persona",
                   callback: "Devolver llamada", aml: "PBC", age: "Edad", low_rating: "Valoración baja",
                   comp_approval: "Aprobar cortesía", frustrated: "Frustrado" },
        statuses: { open: "abierto", claimed: "tomado", resolved: "resuelto" }, channels: { web: "chat web", sms: "SMS" },
        claimed: "Usted tiene este caso: el agente calla y sus respuestas llegan al huésped.", replied: "Respuesta enviada.",
        released: "Devuelto al agente.", resolved: "Caso resuelto.", conflict: "Otro anfitrión tiene este caso.", notAllowed: "Las reglas de consentimiento del huésped no permiten este texto (se dio de baja o no contactar): no se envió.",
        failed: "No funcionó ({status}).", badJson: "No es JSON válido: {error}", notArray: "Los elementos deben ser un array JSON.",
        imported: "Hecho ({status}).", verified: "La cadena de consentimiento es válida.", broken: "La cadena de consentimiento NO es válida.",
        offline: "La cola en vivo perdió la conexión; reconectando…", live: "En vivo.",
        loaded: "{count} eventos cargados.",
        outcomes: { ingested: "incorporado", unchanged: "sin cambios", stale: "más antiguo que el guardado, ignorado", rejected: "rechazado", deleted: "eliminado", absent: "no existía" } },
  pt: { title: "Mesa dos anfitriões", casino: "Cassino", language: "Idioma", signOut: "Sair", signInTitle: "Acesso da equipe",
        signInHelp: "Entre com sua conta do cassino para ver os casos da sua propriedade.", signIn: "Entrar",
        queue: "Fila", compliance: "Conformidade", admin: "Administração", openCases: "Casos abertos", noCases: "Nenhum caso aberto.",
        complianceCases: "Casos de conformidade", complianceEvents: "Eventos de conformidade", load: "Carregar",
        consentChain: "Cadeia de consentimento", phone: "Número de telefone", lookUp: "Consultar", importItems: "Importar itens",
        itemsJson: "Itens (um array JSON, como o webhook do CMS os recebe)", itemsFile: "Ou escolha um arquivo JSON", import: "Importar",
        editItem: "Editar um item", itemId: "Id do item", itemJson: "Item (JSON)", save: "Salvar item", briefing: "Resumo",
        transcript: "Transcrição", claim: "Assumir", handBack: "Devolver ao agente", replyLabel: "Responder ao hóspede", send: "Enviar",
        outcome: "Resultado", resolve: "Resolver", newCase: "Novo caso: {reason}.", caseOf: "Caso: {reason}",
        claimedBy: "Assumido por {name}", noOne: "ninguém", you: "você",
        facts: { status: "Situação", channel: "Canal", opened: "Aberto", claimed: "Assumido por", outcome: "Resultado" },
        brief: { wants: "Quer", profile: "Perfil", risk: "Sinais de risco", said: "O que o hóspede disse", inferred: "Deduzido",
                 next: "Próximo passo sugerido", by: "Escrito por" },
        authors: { guest: "Hóspede", agent: "Agente", host: "Anfitrião" },
        reasons: { responsible_gaming: "Jogo responsável", crisis: "Crise", human_requested: "Pediu uma pessoa",
                   callback: "Retorno de ligação", aml: "PLD", age: "Idade", low_rating: "Avaliação baixa",
                   comp_approval: "Aprovar cortesia", frustrated: "Frustrado" },
        statuses: { open: "aberto", claimed: "assumido", resolved: "resolvido" }, channels: { web: "chat web", sms: "SMS" },
        claimed: "Você está com este caso: o agente fica em silêncio e suas respostas chegam ao hóspede.", replied: "Resposta enviada.",
        released: "Devolvido ao agente.", resolved: "Caso resolvido.", conflict: "Outro anfitrião está com este caso.", notAllowed: "As regras de consentimento do hóspede não permitem este texto (cancelou ou não contatar): não foi enviado.",
        failed: "Não funcionou ({status}).", badJson: "Não é JSON válido: {error}", notArray: "Os itens devem ser um array JSON.",
        imported: "Feito ({status}).", verified: "A cadeia de consentimento é válida.", broken: "A cadeia de consentimento NÃO é válida.",
        offline: "A fila ao vivo perdeu a conexão; reconectando…", live: "Ao vivo.",
        loaded: "{count} eventos carregados.",
        outcomes: { ingested: "incorporado", unchanged: "sem mudanças", stale: "mais antigo que o guardado, ignorado", rejected: "recusado", deleted: "excluído", absent: "não existia" } },
  zh: { title: "接待台", casino: "娱乐场", language: "语言", signOut: "退出", signInTitle: "员工登录",
        signInHelp: "请使用您的娱乐场账户登录，查看本场所的案例。", signIn: "登录",
        queue: "队列", compliance: "合规", admin: "管理", openCases: "待处理案例", noCases: "没有待处理的案例。",
        complianceCases: "合规案例", complianceEvents: "合规事件", load: "加载", consentChain: "同意记录链",
        phone: "电话号码", lookUp: "查询", importItems: "导入条目", itemsJson: "条目（JSON 数组，格式与 CMS webhook 相同）",
        itemsFile: "或选择一个 JSON 文件", import: "导入", editItem: "编辑单个条目", itemId: "条目 ID", itemJson: "条目（JSON）",
        save: "保存条目", briefing: "简报", transcript: "对话记录", claim: "接手", handBack: "交还给助手", replyLabel: "回复客人",
        send: "发送", outcome: "处理结果", resolve: "结案", newCase: "新案例：{reason}。", caseOf: "{reason}案例",
        claimedBy: "由 {name} 接手", noOne: "无人", you: "您",
        facts: { status: "状态", channel: "渠道", opened: "创建时间", claimed: "接手人", outcome: "处理结果" },
        brief: { wants: "客人需求", profile: "资料", risk: "风险标记", said: "客人原话", inferred: "推断", next: "建议下一步", by: "撰写者" },
        authors: { guest: "客人", agent: "助手", host: "接待员" },
        reasons: { responsible_gaming: "负责任博彩", crisis: "危机", human_requested: "要求人工", callback: "回电",
                   aml: "反洗钱", age: "年龄", low_rating: "低评分",
                   comp_approval: "礼遇审批", frustrated: "不满" },
        statuses: { open: "待处理", claimed: "已接手", resolved: "已结案" }, channels: { web: "网页聊天", sms: "短信" },
        claimed: "您已接手此案例：助手暂停回答，您的回复将发送给客人。", replied: "回复已发送。", released: "已交还给助手。",
        resolved: "案例已结案。", conflict: "另一位接待员已接手此案例。", notAllowed: "客人的同意规则不允许发送此短信（已退订或禁止联系），未发送。", failed: "操作失败（{status}）。",
        badJson: "不是有效的 JSON：{error}", notArray: "条目必须是 JSON 数组。", imported: "完成（{status}）。",
        verified: "同意记录链验证通过。", broken: "同意记录链验证未通过。", offline: "实时队列连接中断，正在重连…", live: "实时。",
        loaded: "已加载 {count} 条事件。",
        outcomes: { ingested: "已导入", unchanged: "未改变", stale: "比已存版本旧，已忽略", rejected: "已拒绝", deleted: "已删除", absent: "不存在" } },
};
const LANGUAGE_KEY = "heyseven.desk.language";
const COMPLIANCE_REASONS = new Set(["aml", "age"]);
const URGENT_REASONS = new Set(["responsible_gaming", "crisis", "aml"]);

const $ = (id) => document.getElementById(id);
const languageSelect = $("language");
const casinoSelect = $("casino");
const live = $("live");
let language = chooseLanguage();
let t = TEXTS[language];
let me = null;
let feed = null;
let selected = null;
let shown = null;
const cases = new Map();

function chooseLanguage() {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (saved && TEXTS[saved]) { return saved; }
  const preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"])
    .map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => TEXTS[code]);
  return preferred || "en";
}

function fill(text, values) { return text.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all)); }

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) { el.className = className; }
  if (text !== undefined && text !== null) { el.textContent = text; }
  return el;
}

function applyLanguage() {
  t = TEXTS[language];
  document.documentElement.lang = language;
  languageSelect.value = language;
  document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t[el.dataset.text]; });
  document.title = "Hey Seven · " + t.title;
  renderQueues();
  if (shown) { renderCase(shown); }
}

/** A call with the session cookie and the CSRF header; resolves to {status, body} (body: parsed JSON, or null). */
async function call(method, url, body) {
  const headers = { "X-Desk": "1", "Accept": "application/json" };
  if (body !== undefined) { headers["Content-Type"] = "application/json"; }
  const response = await fetch(url, { method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && url !== "/v1/staff/me") { signedOut(); }
  const text = await response.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
  return { status: response.status, body: parsed };
}

/** What went wrong, in the page's language where the problem's type is known, with the server's detail. */
function failure(result) {
  const type = result.body && typeof result.body.type === "string" ? result.body.type : "";
  if (type.endsWith("/case-conflict")) { return t.conflict; }
  if (type.endsWith("/not-allowed")) { return t.notAllowed; }
  const detail = result.body && typeof result.body.detail === "string" ? " " + result.body.detail : "";
  return fill(t.failed, { status: result.status }) + detail;
}

function casinoId() { return casinoSelect.value; }
function casinoPath() { return "/v1/casinos/" + encodeURIComponent(casinoId()); }
function roles() { return (me && me.roles[casinoId()]) || []; }

// ---- who is signed in -------------------------------------------------------------------------

async function start() {
  applyLanguage();
  const result = await call("GET", "/v1/staff/me").catch(() => ({ status: 0, body: null }));
  if (result.status !== 200 || !result.body) {
    signedOut();
    return;
  }
  me = result.body;
  $("who").textContent = me.name;
  $("sign-out").hidden = false;
  const casinoIds = Object.keys(me.roles || {}).sort();
  casinoSelect.replaceChildren(...casinoIds.map((id) => { const o = element("option", null, id); o.value = id; return o; }));
  $("casino-field").hidden = casinoIds.length === 0;
  $("desk").hidden = false;
  openCasino();
}

/** Nobody signed in (or the session ended): only the sign-in is offered. */
function signedOut() {
  if (feed) { feed.close(); feed = null; }
  me = null;
  // nothing of the casino stays in the page, not even hidden
  cases.clear();
  selected = null;
  shown = null;
  renderQueues();
  $("case").hidden = true;
  [$("transcript"), $("briefing"), $("case-facts"), $("compliance-events"), $("consent-result"), $("admin-result")]
    .forEach((el) => el.replaceChildren());
  $("signed-out").hidden = false;
  $("desk").hidden = true;
  $("sign-out").hidden = true;
  $("casino-field").hidden = true;
  $("who").textContent = "";
  $("sign-in").focus();
}

function openCasino() {
  const held = roles();
  $("tab-queue").hidden = !held.includes("host");
  $("tab-compliance").hidden = !held.includes("compliance");
  $("tab-admin").hidden = !held.includes("admin");
  cases.clear();
  selected = null;
  shown = null;
  $("case").hidden = true;
  layout();
  $("compliance-events").replaceChildren();
  $("consent-result").replaceChildren();
  renderQueues();
  listen();
  const first = [...document.querySelectorAll("#tabs [role=tab]")].find((tab) => !tab.hidden);
  if (first) { showView(first.dataset.view); }
}

// ---- tabs (arrow keys between them, as the ARIA tabs pattern) ----------------------------------

function showView(view) {
  for (const tab of document.querySelectorAll("#tabs [role=tab]")) {
    const on = tab.dataset.view === view;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $("view-" + tab.dataset.view).hidden = !on;
  }
  $("case").hidden = view === "admin" || !shown;
  layout();
}

/** The list beside the open case; the whole width when no case is open. */
function layout() { document.querySelector(".work").classList.toggle("wide", $("case").hidden); }

$("tabs").addEventListener("click", (event) => {
  const tab = event.target.closest("[role=tab]");
  if (tab) { showView(tab.dataset.view); }
});
$("tabs").addEventListener("keydown", (event) => {
  if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") { return; }
  const tabs = [...document.querySelectorAll("#tabs [role=tab]")].filter((tab) => !tab.hidden);
  const at = tabs.indexOf(document.activeElement);
  const next = tabs[(at + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
  next.focus();
  showView(next.dataset.view);
});

// ---- the live queue -----------------------------------------------------------------------------

function listen() {
  if (feed) { feed.close(); feed = null; }
  const held = roles();
  if (!held.includes("host") && !held.includes("compliance")) { return; }
  feed = new EventSource(casinoPath() + "/cases/events");
  feed.addEventListener("case", (event) => arrived(JSON.parse(event.data)));
  feed.addEventListener("open", () => { live.textContent = t.live; });
  feed.addEventListener("error", () => {
    live.textContent = t.offline;
    // the browser retries a dropped stream itself, but not a refused one (an ended session): look why, then listen again
    if (feed && feed.readyState === EventSource.CLOSED) { setTimeout(recover, 5000); }
  });
}

async function recover() {
  const result = await call("GET", "/v1/staff/me").catch(() => ({ status: 0 }));
  if (result.status === 401) { signedOut(); } else if (me) { listen(); }
}

function arrived(item) {
  const known = cases.get(item.case_id);
  if (item.status === "resolved") {
    cases.delete(item.case_id);
  } else {
    cases.set(item.case_id, item);
    if (!known) { live.textContent = fill(t.newCase, { reason: reasonName(item.reason) }); }
  }
  renderQueues();
  if (selected === item.case_id && (!known || known.updated_at !== item.updated_at || known.status !== item.status)) {
    openCase(item.case_id, false);
  }
}

function reasonName(reason) { return t.reasons[reason] || reason; }

function renderQueues() {
  const all = [...cases.values()].sort((a, b) => Date.parse(a.opened_at) - Date.parse(b.opened_at));
  renderList($("cases"), $("queue-empty"), all.filter((c) => !COMPLIANCE_REASONS.has(c.reason)));
  renderList($("compliance-cases"), $("compliance-empty"), all.filter((c) => COMPLIANCE_REASONS.has(c.reason)));
}

// Each case keeps its own entry while it is listed (updated in place), so a screen reader and the
// keyboard's focus stay on it as the queue changes; entries are only re-ordered when the list changes.
function renderList(list, empty, items) {
  const existing = new Map([...list.children].map((entry) => [entry.dataset.caseId, entry]));
  const wanted = items.map((item) => {
    const entry = existing.get(item.case_id) || newEntry(item.case_id);
    fillEntry(entry.firstChild, item);
    return entry;
  });
  const unchanged = wanted.length === list.children.length && wanted.every((entry, i) => list.children[i] === entry);
  if (!unchanged) {
    const focused = document.activeElement;
    list.replaceChildren(...wanted);
    if (focused && focused.classList.contains("pick") && list.contains(focused)) { focused.focus(); }
  }
  empty.hidden = items.length > 0;
  tick();
}

function newEntry(caseId) {
  const entry = element("li");
  entry.dataset.caseId = caseId;
  const pick = element("button", "pick");
  pick.type = "button";
  pick.dataset.caseId = caseId;
  pick.append(element("span", "reason"), element("span", "age"), element("span", "meta"));
  pick.addEventListener("click", () => openCase(caseId, true));
  entry.append(pick);
  return entry;
}

function fillEntry(pick, item) {
  pick.className = "pick" + (URGENT_REASONS.has(item.reason) ? " urgent" : "");
  pick.setAttribute("aria-current", String(item.case_id === selected));
  const [reason, age, meta] = pick.children;
  reason.textContent = reasonName(item.reason);
  age.dataset.opened = item.opened_at;
  const holder = item.claimed_by_name || item.claimed_by;
  meta.textContent = [t.channels[item.channel] || item.channel, t.statuses[item.status] || item.status,
    holder ? fill(t.claimedBy, { name: holder }) : null].filter(Boolean).join(" · ");
}

/** How long a case has been open: "45 s", "12 min", "2 h 05 min". */
function age(openedAt) {
  const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(openedAt)) / 1000));
  if (seconds < 60) { return seconds + " s"; }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) { return minutes + " min"; }
  return Math.floor(minutes / 60) + " h " + String(minutes % 60).padStart(2, "0") + " min";
}

function tick() {
  document.querySelectorAll(".age").forEach((el) => { el.textContent = age(el.dataset.opened); });
}
setInterval(tick, 1000);

// ---- one case -----------------------------------------------------------------------------------

function casePath(caseId) { return casinoPath() + "/cases/" + encodeURIComponent(caseId); }

async function openCase(caseId, focus) {
  selected = caseId;
  document.querySelectorAll(".pick").forEach((pick) => pick.setAttribute("aria-current", String(pick.dataset.caseId === caseId)));
  const result = await call("GET", casePath(caseId));
  if (selected !== caseId) { return; }
  if (result.status !== 200) {
    $("case-error").textContent = failure(result);
    return;
  }
  renderCase(result.body);
  if (focus) { $("case-title").tabIndex = -1; $("case-title").focus(); }
}

function fact(list, label, value) {
  if (value === null || value === undefined || value === "") { return; }
  list.append(element("dt", null, label));
  const dd = element("dd");
  if (Array.isArray(value)) {
    const ul = element("ul");
    value.forEach((line) => ul.append(element("li", null, String(line))));
    dd.append(ul);
  } else {
    dd.textContent = String(value);
  }
  list.append(dd);
}

function when(iso) { return iso ? new Date(iso).toLocaleString(language) : null; }

function renderCase(detail) {
  shown = detail;
  $("case").hidden = !$("view-admin").hidden;
  layout();
  $("case").dataset.caseId = detail.case_id;
  $("case").dataset.status = detail.status;
  $("case-title").textContent = fill(t.caseOf, { reason: reasonName(detail.reason) });
  const facts = $("case-facts");
  facts.replaceChildren();
  fact(facts, t.facts.status, t.statuses[detail.status] || detail.status);
  fact(facts, t.facts.channel, t.channels[detail.channel] || detail.channel);
  fact(facts, t.facts.opened, when(detail.opened_at));
  fact(facts, t.facts.claimed, detail.claimed_by_name || detail.claimed_by || t.noOne);
  fact(facts, t.facts.outcome, detail.outcome);
  const brief = detail.briefing || {};
  const briefing = $("briefing");
  briefing.replaceChildren();
  fact(briefing, t.brief.wants, brief.wants);
  fact(briefing, t.brief.profile, brief.profile && brief.profile.length ? brief.profile : null);
  fact(briefing, t.brief.risk, brief.risk_flags && brief.risk_flags.length ? brief.risk_flags : null);
  fact(briefing, t.brief.said, brief.guest_said && brief.guest_said.length ? brief.guest_said : null);
  fact(briefing, t.brief.inferred, brief.inferred && brief.inferred.length ? brief.inferred : null);
  fact(briefing, t.brief.next, brief.next_step);
  fact(briefing, t.brief.by, brief.written_by);
  const transcript = $("transcript");
  transcript.replaceChildren(...(detail.transcript || []).map((line) => {
    const item = element("li", line.author);
    item.append(element("span", "author", (line.name || t.authors[line.author] || line.author) + (line.at ? " · "
      + new Date(line.at).toLocaleTimeString(language) : "")), document.createTextNode(line.text));
    return item;
  }));
  transcript.scrollTop = transcript.scrollHeight;
  const mine = me && detail.claimed_by === me.id;
  const closed = detail.status === "resolved";
  $("claim").hidden = closed || mine;
  $("claim").disabled = detail.status !== "open";
  $("release").hidden = !mine;
  $("reply-form").hidden = !mine;
  $("resolve-form").hidden = closed || (detail.status === "claimed" && !mine);
}

async function act(path, body, done) {
  const caseId = selected;
  $("case-error").textContent = "";
  const result = await call("POST", casePath(caseId) + path, body);
  if (result.status >= 200 && result.status < 300) {
    live.textContent = done;
    await openCase(caseId, false);
    return true;
  }
  $("case-error").textContent = failure(result);
  if (result.status === 409) { await openCase(caseId, false); }
  return false;
}

$("claim").addEventListener("click", async () => {
  if (await act("/claim", undefined, t.claimed)) { $("reply").focus(); }
});
$("release").addEventListener("click", () => act("/release", undefined, t.released));
$("reply-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("reply").value.trim();
  if (!text) { return; }
  if (await act("/messages", { text }, t.replied)) { $("reply").value = ""; $("reply").focus(); }
});
$("reply").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); $("reply-form").requestSubmit(); }
});
$("resolve-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const outcome = $("outcome").value.trim();
  if (!outcome) { return; }
  if (await act("/resolve", { outcome }, t.resolved)) { $("outcome").value = ""; }
});

// ---- compliance ---------------------------------------------------------------------------------

/** A line of parts, the empty ones left out. */
function line(...parts) { return parts.filter((part) => part !== null && part !== undefined && part !== "").join(" · "); }

$("load-events").addEventListener("click", async () => {
  const result = await call("GET", casinoPath() + "/compliance/events?limit=50");
  const list = $("compliance-events");
  if (result.status !== 200) { list.replaceChildren(element("li", "error", failure(result))); return; }
  const events = Array.isArray(result.body) ? result.body : [];
  list.replaceChildren(...events.map((event) => element("li", null, line(when(event.at), event.layer, event.reason, event.thread_id))));
  live.textContent = fill(t.loaded, { count: events.length });
});

$("consent-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const out = $("consent-result");
  const result = await call("GET", casinoPath() + "/consents/" + encodeURIComponent($("phone").value.trim()));
  if (result.status !== 200) { out.replaceChildren(element("p", "error", failure(result))); return; }
  const chain = result.body || {};
  const verified = chain.verified === true;
  const verdict = element("p", verified ? "verified" : "broken", verified ? t.verified : t.broken);
  if (!verified && chain.reason) { verdict.append(" " + chain.reason); }
  const list = element("ol", "records");
  (Array.isArray(chain.records) ? chain.records : []).forEach((record) => {
    list.append(element("li", null, line("#" + record.sequence, record.kind, record.purpose, record.source, when(record.at),
      record.wording ? "“" + record.wording + "”" : null)));
  });
  out.replaceChildren(verdict, list);
});

// ---- admin --------------------------------------------------------------------------------------

function parsed(text) {
  try { return { value: JSON.parse(text) }; } catch (e) { return { error: fill(t.badJson, { error: e.message }) }; }
}

/** The server's answer to an import or an edit: each item's outcome, or the problem. */
function report(result) {
  const out = $("admin-result");
  if (result.status < 200 || result.status >= 300) { out.replaceChildren(element("p", "error", failure(result))); return; }
  const items = result.body && Array.isArray(result.body.items) ? result.body.items : [result.body || {}];
  const list = element("ul", "records");
  items.forEach((item) => list.append(element("li", item.status === "rejected" ? "error" : null,
    line(item.item_id, t.outcomes[item.status] || item.status, item.detail))));
  out.replaceChildren(element("p", "verified", fill(t.imported, { status: result.status })), list);
}

$("items-file").addEventListener("change", async () => {
  const file = $("items-file").files[0];
  if (file) { $("items-json").value = await file.text(); }
});

$("import-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const items = parsed($("items-json").value);
  if (items.error || !Array.isArray(items.value)) {
    $("admin-result").replaceChildren(element("p", "error", items.error || t.notArray));
    return;
  }
  report(await call("POST", casinoPath() + "/items", items.value));
});

$("item-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const item = parsed($("item-json").value);
  if (item.error) { $("admin-result").replaceChildren(element("p", "error", item.error)); return; }
  report(await call("PUT", casinoPath() + "/items/" + encodeURIComponent($("item-id").value.trim()), item.value));
});

// ---- the header ---------------------------------------------------------------------------------

languageSelect.addEventListener("change", () => {
  language = TEXTS[languageSelect.value] ? languageSelect.value : "en";
  localStorage.setItem(LANGUAGE_KEY, language);
  applyLanguage();
});
casinoSelect.addEventListener("change", openCasino);
$("sign-out").addEventListener("click", async () => {
  await call("POST", "/desk/logout");
  signedOut();
});

start();
