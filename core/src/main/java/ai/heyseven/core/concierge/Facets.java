package ai.heyseven.core.concierge;

import ai.heyseven.core.guardrails.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * The facets a guest may ask for by name, in English, Spanish, Portuguese and Chinese, and how to
 * find them in a question. One row per facet:
 * {@code name | item words | English label | Spanish | Portuguese | Chinese | question words | Chinese question words};
 * words are separated by commas, and a question word may be a phrase ("dim sum", "lazy river").
 * A question word is looked up as a whole folded word (accents and plurals folded, see {@link Words}),
 * a Chinese one as a substring. Venue types ("restaurant", "show") are not facets: the router's
 * intent covers them.
 */
final class Facets {
    private static final String TABLE = """
            italian | italian | Italian food | comida italiana | comida italiana | 意大利菜 | italian, italiano, italiana | 意大利, 意式
            mexican | mexican, tacos | Mexican food | comida mexicana | comida mexicana | 墨西哥菜 | mexican, mexicano, mexicana, taco, burrito, quesadilla | 墨西哥
            chinese | chinese, cantonese, dim sum | Chinese food | comida china | comida chinesa | 中餐 | chinese, chino, china, chinesa, chines, cantonese, cantones | 中餐, 中国菜, 粤菜, 中式
            dim-sum | dim sum | dim sum | dim sum | dim sum | 点心 | dim sum, yum cha | 点心, 早茶
            japanese | japanese, sushi | Japanese food | comida japonesa | comida japonesa | 日本料理 | japanese, japones, japonesa | 日本, 日式, 日料
            sushi | sushi | sushi | sushi | sushi | 寿司 | sushi, omakase, sashimi, nigiri | 寿司, 刺身
            seafood | seafood, oysters, crab, chowder | seafood | mariscos | frutos do mar | 海鲜 | seafood, fish, oyster, crab, lobster, shrimp, clam, marisco, pescado, ostra, ostione, camaron, cangrejo, langosta, fruto do mar, peixe, camarao, lagosta, caranguejo | 海鲜, 生蚝, 螃蟹, 龙虾, 鱼
            steak | steak, steakhouse, steaks | steak | carne y cortes | carnes | 牛排 | steak, steakhouse, filete, bife, churrasco, churrascaria, chuleton | 牛排
            pizza | pizza | pizza | pizza | pizza | 披萨 | pizza, pizzeria | 披萨, 比萨
            vietnamese | vietnamese, pho | Vietnamese food | comida vietnamita | comida vietnamita | 越南菜 | vietnamese, vietnamita, pho, banh mi | 越南, 河粉
            thai | thai | Thai food | comida tailandesa | comida tailandesa | 泰国菜 | thai, tailandes, tailandesa | 泰国, 泰式
            indian | indian, curry | Indian food | comida india | comida indiana | 印度菜 | indian, curry, indiana, indio, hindu | 印度, 咖喱
            korean | korean | Korean food | comida coreana | comida coreana | 韩国料理 | korean, coreano, coreana | 韩国, 韩式
            french | french | French food | comida francesa | comida francesa | 法国菜 | french, frances, francesa | 法国, 法式
            noodles | noodles, pho, ramen | noodles | fideos | lámen | 面条 | noodle, ramen, fideo, lamen, macarrao oriental | 面条, 拉面, 面馆
            burger | burgers, burger | burgers | hamburguesas | hambúrgueres | 汉堡 | burger, hamburger, hamburguesa, hamburguer | 汉堡
            buffet | buffet | a buffet | un bufé | um bufê | 自助餐 | buffet, bufe, bufet, bufete | 自助餐, 自助
            breakfast | breakfast, brunch | breakfast | desayuno | café da manhã | 早餐 | breakfast, brunch, desayuno, desayunar, cafe da manha, pequeno almoco | 早餐, 早饭, 早午餐
            coffee | coffee, espresso, cafe | coffee | café | café | 咖啡 | coffee, espresso, latte, cappuccino, cafecito, cafeteria | 咖啡
            bakery | bakery, pastry, pastries, croissants, cakes | a bakery | una panadería | uma padaria | 面包店 | bakery, pastry, croissant, panaderia, pasteleria, padaria, confeitaria | 面包店, 糕点, 面包
            dessert | dessert, gelato, cakes, milkshakes | desserts | postres | sobremesas | 甜点 | dessert, gelato, ice cream, cake, postre, helado, pastel, sobremesa, sorvete, bolo | 甜点, 甜品, 冰淇淋, 蛋糕
            vegetarian | vegetarian, vegan, plant-based | vegetarian food | comida vegetariana | comida vegetariana | 素食 | vegetarian, vegan, vegetariano, vegetariana, vegano, vegana, plant based | 素食, 吃素, 素菜
            gluten-free | gluten-free | gluten-free food | comida sin gluten | comida sem glúten | 无麸质食物 | gluten, celiac, celiaco, coeliac | 无麸质
            kosher | kosher | kosher food | comida kosher | comida kosher | 犹太洁食 | kosher | 犹太
            halal | halal | halal food | comida halal | comida halal | 清真食品 | halal | 清真
            bar | bar, cocktails, cocktail, pub, beer, sake, tequila, mezcal | a bar | un bar | um bar | 酒吧 | bar, cocktail, beer, pub, cerveza, coctel, trago, cerveja, drink, bebida, margarita | 酒吧, 鸡尾酒, 啤酒, 喝酒
            wine | wine | wine | vino | vinho | 葡萄酒 | wine, vino, vinho | 葡萄酒, 红酒
            spa | spa, massage, facial | the spa | el spa | o spa | 水疗中心 | spa, massage, masaje, massagem, facial, sauna | 水疗, 按摩, 桑拿
            pool | pool, pools, lazy river | the pool | la piscina | a piscina | 游泳池 | pool, swim, swimming, piscina, alberca, nadar, lazy river | 游泳, 泳池
            gym | gym, fitness | the gym | el gimnasio | a academia | 健身房 | gym, fitness, workout, gimnasio, academia, yoga, treadmill | 健身, 瑜伽
            parking | parking, garage, valet | parking | estacionamiento | estacionamento | 停车 | parking, park my car, garage, valet, estacionamiento, estacionar, aparcar, parqueo, estacionamento, estacionar, garagem | 停车, 车库, 泊车
            ev-charging | ev charger, ev chargers | EV charging | carga de vehículos eléctricos | recarga de carros elétricos | 电动车充电 | charger, charging, ev, tesla, cargador, carregador | 充电
            wifi | wi-fi, wifi, internet | Wi-Fi | el wifi | o wi-fi | 无线网络 | wifi, wi fi, internet, password, contrasena, senha | 无线, 网络, 上网, 密码
            shuttle | shuttle, airport | an airport shuttle | traslado al aeropuerto | traslado ao aeroporto | 机场班车 | shuttle, airport, aeropuerto, aeroporto, traslado | 机场, 班车, 接驳
            shopping | shopping, shop, shops, store, stores, gift shop, boutique, boutiques, sundries, pharmacy | shopping | tiendas | lojas | 购物 | shop, shopping, store, boutique, pharmacy, sundries, toothbrush, tienda, compra, farmacia, loja | 购物, 商店, 药店
            slots | slots, slot machines | slot machines | máquinas tragamonedas | caça-níqueis | 老虎机 | slot, slot machine, tragamoneda, tragaperra, maquinita, caca niquel | 老虎机
            blackjack | blackjack | blackjack | blackjack | blackjack | 二十一点 | blackjack, veintiuno, vinte e um | 二十一点, 21点
            poker | poker | poker | póquer | pôquer | 扑克 | poker, poquer, holdem, hold em, omaha | 扑克, 德州
            baccarat | baccarat | baccarat | bacará | bacará | 百家乐 | baccarat, bacara, baccara | 百家乐
            roulette | roulette | roulette | ruleta | roleta | 轮盘 | roulette, ruleta, roleta | 轮盘
            craps | craps | craps | craps | craps | 掷骰子 | craps, dado | 骰子
            sportsbook | sportsbook, sports betting, betting | sports betting | apuestas deportivas | apostas esportivas | 体育博彩 | sportsbook, sports bet, sports betting, apuesta deportiva, aposta esportiva, futbol, football, nfl, nba | 体育, 赌球
            bingo | bingo | bingo | bingo | bingo | 宾果 | bingo | 宾果
            keno | keno | keno | keno | keno | 基诺 | keno | 基诺
            comps | comp, comps | comps | cortesías del casino (comps) | cortesias do cassino (comps) | 赌场招待（comps） | comp, comped, cortesia | 招待, 免费房, 赠送
            minimums | minimum, minimums | table minimums | apuestas mínimas | apostas mínimas | 最低下注 | minimum, minimo, table limit | 最低
            high-limit | high limit, vip | high-limit gaming | juego de alto límite | jogo de alto limite | 高额投注 | high limit, vip, alto limite | 高额, 贵宾
            rewards | rewards, loyalty, points, tier | the rewards program | el programa de recompensas | o programa de fidelidade | 会员奖励计划 | reward, loyalty, point, tier, membership, recompensa, punto, fidelidad, ponto, fidelidade | 会员, 积分, 奖励
            birthday | birthday | birthday offers | ofertas de cumpleaños | ofertas de aniversário | 生日优惠 | birthday, cumpleano, aniversario | 生日
            comedy | comedy, stand-up, improv | comedy | comedia | comédia | 喜剧 | comedy, comedian, standup, stand up, comedia, comediante, improv | 喜剧, 脱口秀
            nightclub | nightclub, dj, dance | a nightclub | una discoteca | uma balada | 夜店 | nightclub, disco, discoteca, dance, dancing, dj, boate, balada, antro | 夜店, 夜总会, 蹦迪, 跳舞
            jazz | jazz, blues | jazz and blues | jazz y blues | jazz e blues | 爵士乐 | jazz, blues | 爵士, 蓝调
            live-music | live music | live music | música en vivo | música ao vivo | 现场音乐 | live music, band, musica en vivo, musica ao vivo | 现场音乐, 乐队
            concert | concert, concerts, arena | concerts | conciertos | shows musicais | 演唱会 | concert, concierto, show musical, boxing, boxeo | 演唱会, 音乐会
            movies | movies, movie, cinema | movies | cine | cinema | 电影 | movie, movies, film, cinema, cine, pelicula, filme | 电影
            magic | magic, illusion, acrobatics | a magic or acrobatics show | un espectáculo de magia o acrobacias | um show de mágica ou acrobacias | 魔术杂技表演 | magic, magician, acrobat, acrobatic, cirque, magia, mago, acrobacia, magica | 魔术, 杂技
            theater | theater, musical, musicals | the theater | el teatro | o teatro | 剧院 | theater, theatre, musical, broadway, teatro | 剧院, 音乐剧
            bowling | bowling | bowling | boliche | boliche | 保龄球 | bowling, boliche | 保龄球
            arcade | arcade | an arcade | sala de juegos | fliperama | 游戏厅 | arcade, video game, fliperama, maquinita de juego | 游戏厅, 电玩
            kids | kids, childcare, children | activities for children | actividades para niños | atividades para crianças | 儿童活动 | kid, child, children, childcare, babysitting, babysitter, nino, nina, hijo, crianca, filho, guarderia | 孩子, 儿童, 小孩, 托儿
            tickets | tickets, box office, will call | tickets | entradas | ingressos | 门票 | ticket, box office, boleto, taquilla, ingresso, bilheteria | 门票, 售票
            pets | pets, pet, dog, dogs | pets | mascotas | animais de estimação | 宠物 | pet, dog, cat, puppy, kitten, perro, perrito, mascota, gato, cachorro, animal, animais, bicho | 宠物, 狗, 猫
            accessible | accessible, ada, roll-in, wheelchair | accessibility | accesibilidad | acessibilidade | 无障碍设施 | accessible, accessibility, wheelchair, disabled, disability, accesible, silla de rueda, acessivel, cadeira de roda, mobility | 无障碍, 轮椅
            suite | suite, suites | suites | suites | suítes | 套房 | suite | 套房
            check-in | check-in, check-out, front desk | check-in and check-out | entrada y salida del hotel | check-in e check-out | 入住和退房 | check in, checkin, check out, checkout, late checkout, early check in, registrarse, front desk, recepcion, recepcao | 入住, 退房, 前台
            smoking | smoking, smoke-free, cigar | smoking | fumar | fumar | 吸烟 | smoke, smoking, cigar, cigarette, vape, fumar, cigarro, tabaco | 吸烟, 抽烟, 雪茄
            golf | golf | golf | golf | golfe | 高尔夫 | golf, golfe | 高尔夫
            tennis | tennis, pickleball | tennis | tenis | tênis | 网球 | tennis, tenis, pickleball | 网球
            atm | atm, cash machine | an ATM | un cajero automático | um caixa eletrônico | 取款机 | atm, cajero, caixa eletronico, cash machine | 取款机, 提款机
            laundry | laundry, dry cleaning | laundry | lavandería | lavanderia | 洗衣服务 | laundry, dry cleaning, lavanderia | 洗衣
            room-service | room service | room service | servicio a la habitación | serviço de quarto | 客房送餐 | room service, servicio a la habitacion, servico de quarto | 客房送餐, 送餐
            boat | boat, marina, cruise, dock | boats and the marina | barcos y la marina | barcos e a marina | 游船和码头 | boat, cruise, marina, yacht, crucero, barco, bote, yate, cruzeiro, iate | 游船, 游艇, 码头
            fireworks | fireworks | fireworks | fuegos artificiales | fogos de artifício | 烟花 | firework, fuegos artificiales, fogos de artificio | 烟花, 烟火
            """;

    /** Every facet, in the table's order. */
    static final List<Facet> ALL;
    /** Folded one-word question words → their facet. */
    private static final Map<String, Facet> BY_WORD = new HashMap<>();
    /** Folded phrases (" dim sum ", padded) → their facet: fewer, looked for as substrings. */
    private static final Map<String, Facet> BY_PHRASE = new HashMap<>();
    /** Chinese question words → their facet, looked for as substrings. */
    private static final Map<String, Facet> BY_HAN = new HashMap<>();

    static {
        List<Facet> all = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            if (cells.length != 8) {
                throw new IllegalStateException("facet row needs 8 cells: " + line);
            }
            Map<Language, String> labels = new EnumMap<>(Language.class);
            labels.put(Language.EN, cells[2]);
            labels.put(Language.ES, cells[3]);
            labels.put(Language.PT, cells[4]);
            labels.put(Language.ZH, cells[5]);
            Facet facet = new Facet(cells[0], list(cells[1]).stream().map(Words::padded).toList(), labels);
            all.add(facet);
            for (String word : list(cells[6])) {
                String folded = Words.padded(word);
                if (folded.indexOf(' ', 1) == folded.length() - 1) {
                    BY_WORD.putIfAbsent(folded.strip(), facet);
                } else {
                    BY_PHRASE.putIfAbsent(folded, facet);
                }
            }
            list(cells[7]).forEach(word -> BY_HAN.putIfAbsent(word, facet));
        }
        ALL = List.copyOf(all);
    }

    private Facets() {
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    /** The facets {@code question} asks for, in the order it names them; {@code padded} is {@link Words#padded} of it. */
    static List<Facet> in(String question, String padded) {
        SequencedSet<Facet> found = new LinkedHashSet<>();
        int start = 1;
        for (int space = padded.indexOf(' ', start); space > 0; space = padded.indexOf(' ', start)) {
            if (space > start) {
                Facet facet = BY_WORD.get(padded.substring(start, space));
                if (facet != null) {
                    found.add(facet);
                }
            }
            start = space + 1;
        }
        BY_PHRASE.forEach((phrase, facet) -> {
            if (padded.contains(phrase)) {
                found.add(facet);
            }
        });
        if (Words.hasHan(question)) {
            BY_HAN.forEach((word, facet) -> {
                if (question.contains(word)) {
                    found.add(facet);
                }
            });
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }
}
