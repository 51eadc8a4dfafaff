// Hey Seven's chat page: no framework, no build step. One property's own page (/c/{casino_id}), or
// in development every property in a picker; the properties come from the page's JSON data block.
// Opens with the property's greeting, suggested questions and the AI notice; streams each answer over
// SSE (fetch + a reader, since EventSource cannot POST), renders its light formatting (lists, bold,
// links) with DOM nodes only, applies `replace` in place, shows sources as cards and errors with a
// retry, keeps the conversation's thread per property for the tab's life.
"use strict";

const TEXTS = {
  en: { property: "Property", newConversation: "New conversation", yourMessage: "Your message", send: "Send",
        placeholder: "Ask about dining, shows, your stay…", you: "You", host: "Concierge", retry: "Try again",
        helpful: "Helpful", notHelpful: "Not helpful", thanks: "Thanks for the feedback.", thinking: "The concierge is answering…",
        answered: "Answer complete.", failed: "Something went wrong. Please try again.", offline: "The connection was lost before the answer ended.",
        busy: "An earlier message is still being answered; sending yours again shortly…", sources: "Sources", suggested: "Suggested questions",
        greeting: "Welcome to {name}! I'm your AI concierge. Ask me about dining, shows, your stay or the casino.",
        ai: "You're chatting with an AI assistant, not a person; it can make mistakes.",
        person: "To talk to a person, call {phone}.", staff: "To talk to a person, ask any member of our staff.",
        helpline: "Gambling problem? Call {phone}.",
        suggestions: ["What restaurants are open tonight?", "What shows are on this week?", "When are check-in and check-out?", "How do comps work?"],
        hostJoined: "{name} (a host) has joined the conversation.", hostLeft: "The host has left; the AI concierge answers again.",
        passed: "Your message was passed to {name}.", aHost: "a host", hostSays: "{name} (host)",
        categories: { dining: "Dining", entertainment: "Entertainment", hotel: "Hotel", gaming: "Gaming", amenities: "Amenities", promotions: "Promotions", loyalty: "Loyalty" } },
  es: { property: "Propiedad", newConversation: "Nueva conversación", yourMessage: "Su mensaje", send: "Enviar",
        placeholder: "Pregunte por restaurantes, espectáculos, su estancia…", you: "Usted", host: "Concierge", retry: "Reintentar",
        helpful: "Útil", notHelpful: "No útil", thanks: "Gracias por su opinión.", thinking: "El concierge está respondiendo…",
        answered: "Respuesta completa.", failed: "Algo salió mal. Inténtelo de nuevo.", offline: "Se perdió la conexión antes de terminar la respuesta.",
        busy: "Aún se está respondiendo un mensaje anterior; su mensaje se enviará de nuevo en breve…", sources: "Fuentes",
        suggested: "Preguntas sugeridas",
        greeting: "¡Bienvenido a {name}! Soy su concierge virtual con IA. Pregúnteme por restaurantes, espectáculos, su estancia o el casino.",
        ai: "Está chateando con un asistente de IA, no con una persona; puede equivocarse.",
        person: "Para hablar con una persona, llame al {phone}.", staff: "Para hablar con una persona, pregunte a cualquier miembro del personal.",
        helpline: "¿Problemas con el juego? Llame al {phone}.",
        suggestions: ["¿Qué restaurantes abren esta noche?", "¿Qué espectáculos hay esta semana?", "¿A qué hora es el check-in y el check-out?", "¿Cómo funcionan los comps?"],
        hostJoined: "{name} (anfitrión) se ha unido a la conversación.", hostLeft: "El anfitrión se ha ido; el concierge con IA responde de nuevo.",
        passed: "Su mensaje se pasó a {name}.", aHost: "un anfitrión", hostSays: "{name} (anfitrión)",
        categories: { dining: "Restaurantes", entertainment: "Espectáculos", hotel: "Hotel", gaming: "Juego", amenities: "Servicios", promotions: "Promociones", loyalty: "Fidelidad" } },
  pt: { property: "Propriedade", newConversation: "Nova conversa", yourMessage: "Sua mensagem", send: "Enviar",
        placeholder: "Pergunte sobre restaurantes, shows, sua estadia…", you: "Você", host: "Concierge", retry: "Tentar de novo",
        helpful: "Útil", notHelpful: "Não útil", thanks: "Obrigado pela opinião.", thinking: "O concierge está respondendo…",
        answered: "Resposta completa.", failed: "Algo deu errado. Tente de novo.", offline: "A conexão caiu antes do fim da resposta.",
        busy: "Uma mensagem anterior ainda está sendo respondida; a sua será enviada de novo em instantes…", sources: "Fontes",
        suggested: "Perguntas sugeridas",
        greeting: "Bem-vindo ao {name}! Sou seu concierge virtual com IA. Pergunte sobre restaurantes, shows, sua estadia ou o cassino.",
        ai: "Você está conversando com um assistente de IA, não com uma pessoa; ele pode errar.",
        person: "Para falar com uma pessoa, ligue para {phone}.", staff: "Para falar com uma pessoa, procure qualquer membro da equipe.",
        helpline: "Problemas com jogo? Ligue para {phone}.",
        suggestions: ["Quais restaurantes abrem hoje à noite?", "Quais shows tem esta semana?", "Qual o horário de check-in e check-out?", "Como funcionam os comps?"],
        hostJoined: "{name} (anfitrião) entrou na conversa.", hostLeft: "O anfitrião saiu; o concierge com IA responde de novo.",
        passed: "Sua mensagem foi passada para {name}.", aHost: "um anfitrião", hostSays: "{name} (anfitrião)",
        categories: { dining: "Restaurantes", entertainment: "Shows", hotel: "Hotel", gaming: "Jogos", amenities: "Comodidades", promotions: "Promoções", loyalty: "Fidelidade" } },
  zh: { property: "酒店", newConversation: "新对话", yourMessage: "您的消息", send: "发送",
        placeholder: "询问餐饮、演出、住宿…", you: "您", host: "礼宾助手", retry: "重试",
        helpful: "有帮助", notHelpful: "没有帮助", thanks: "感谢您的反馈。", thinking: "礼宾助手正在回答…",
        answered: "回答完毕。", failed: "出了点问题，请重试。", offline: "回答结束前连接中断了。",
        busy: "上一条消息仍在回答中，稍后将重新发送您的消息…", sources: "来源", suggested: "推荐问题",
        greeting: "欢迎来到{name}！我是您的 AI 礼宾助手，可以为您介绍餐饮、演出、住宿和娱乐场。",
        ai: "您正在与 AI 助手而非真人对话，回答可能有误。",
        person: "如需人工服务，请致电 {phone}。", staff: "如需人工服务，请联系任何一位工作人员。",
        helpline: "如有赌博问题，请致电 {phone}。",
        suggestions: ["今晚哪些餐厅营业？", "本周有什么演出？", "入住和退房时间是几点？", "积分奖励怎么用？"],
        hostJoined: "接待员 {name} 已加入对话。", hostLeft: "接待员已离开，AI 礼宾助手将继续为您服务。",
        passed: "您的消息已转给 {name}。", aHost: "接待员", hostSays: "{name}（接待员）",
        categories: { dining: "餐饮", entertainment: "娱乐", hotel: "酒店", gaming: "博彩", amenities: "设施", promotions: "优惠", loyalty: "会员" } },
};
const browserLanguage = (navigator.language || "en").slice(0, 2).toLowerCase();
const language = TEXTS[browserLanguage] ? browserLanguage : "en";
const t = TEXTS[language];
const config = JSON.parse(document.getElementById("page-config").textContent);

const casinoSelect = document.getElementById("casino");
const conversation = document.getElementById("conversation");
const composer = document.getElementById("composer");
const messageBox = document.getElementById("message");
const sendButton = document.getElementById("send");
const status = document.getElementById("status");
const notice = document.getElementById("notice");
let token = null;

document.documentElement.lang = language;
document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t[el.dataset.text]; });
messageBox.placeholder = t.placeholder;
composer.setAttribute("aria-label", t.yourMessage);

function casinoId() { return casinoSelect ? casinoSelect.value : config.casinos[0].id; }
function casino() { return config.casinos.find((c) => c.id === casinoId()) || config.casinos[0]; }
if (!config.casinos.length) { throw new Error("the page lists no property"); }
function threadKey() { return "heyseven.thread." + casinoId(); }

async function pageToken(renew) {
  if (token && !renew && token.casino_id === casinoId() && Date.parse(token.expires_at) - Date.now() > 30000) {
    return token.token;
  }
  const response = await fetch("/v1/chat/token", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ casino_id: casinoId() }),
  });
  if (!response.ok) { throw new Error("token " + response.status); }
  token = await response.json();
  return token.token;
}

async function authorizedFetch(url, body, accept) {
  for (const renew of [false, true]) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": accept, "Accept-Language": navigator.language || "en",
                 "Authorization": "Bearer " + await pageToken(renew) },
      body: JSON.stringify(body),
    });
    if (response.status !== 401) { return response; }
  }
  throw new Error("unauthorized");
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) { el.className = className; }
  if (text !== undefined) { el.textContent = text; }
  return el;
}

function addGuestMessage(text) {
  const item = element("li", "guest");
  item.append(element("span", "visually-hidden", t.you + ": "), document.createTextNode(text));
  conversation.append(item);
}

function addAnswer() {
  const item = element("li", "answer");
  item.append(element("span", "visually-hidden", t.host + ": "));
  const text = element("div", "text");
  text.setAttribute("aria-live", "polite");
  text.setAttribute("aria-busy", "true");
  item.append(text);
  conversation.append(item);
  item.scrollIntoView({ block: "end" });
  return { item, text, raw: "" };
}

// **bold**, [label](https://…) and bare http(s) links; nothing else is markup. Built from text nodes
// and elements only, so no text of an answer is ever parsed as HTML, and a link is only ever http(s).
const INLINE = /\*\*([^*\n]+)\*\*|\[([^\]\n]{1,200})\]\((https?:\/\/[^\s()<>"]+)\)|(https?:\/\/[^\s()<>"]*[^\s()<>".,;:!?'])/g;

function appendInline(parent, line) {
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    if (match.index > last) { parent.append(line.slice(last, match.index)); }
    if (match[1] !== undefined) {
      parent.append(element("strong", null, match[1]));
    } else {
      const link = element("a", null, match[2] !== undefined ? match[2] : match[4]);
      link.href = match[3] !== undefined ? match[3] : match[4];
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      parent.append(link);
    }
    last = match.index + match[0].length;
  }
  if (last < line.length) { parent.append(line.slice(last)); }
}

/** Lines starting "- " (or "* ") become a list, other runs of lines paragraphs. */
function render(container, raw) {
  container.replaceChildren();
  let list = null;
  let paragraph = null;
  for (const line of raw.split("\n")) {
    if (line.startsWith("- ") || line.startsWith("* ")) {
      if (!list) { list = element("ul"); container.append(list); }
      paragraph = null;
      const item = element("li");
      appendInline(item, line.slice(2));
      list.append(item);
    } else if (!line.trim()) {
      list = null;
      paragraph = null;
    } else {
      list = null;
      if (paragraph) { paragraph.append(element("br")); } else { paragraph = element("p"); container.append(paragraph); }
      appendInline(paragraph, line);
    }
  }
}

// While the guest is at the end of the conversation, a growing answer keeps it in view; scrolled up, it stays put.
const scroller = document.querySelector("main");
function following(change) {
  const atEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48;
  change();
  if (atEnd) { scroller.scrollTop = scroller.scrollHeight; }
}

function fill(text, values) { return text.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all)); }

// A phone link dials the digits of the number as written; letters (1-800-GAMBLER) become their keypad digits.
const KEYPAD = "22233344455566677778889999";
function dial(number) {
  return "tel:" + [...number.toUpperCase()].map((c) => (c >= "A" && c <= "Z" ? KEYPAD[c.charCodeAt(0) - 65] : c))
    .filter((c) => /[0-9+]/.test(c)).join("");
}

/** A sentence of texts with {phone} as a tel: link. */
function sentence(template, number) {
  const span = element("span");
  const [before, after] = template.split("{phone}");
  span.append(before);
  const link = element("a", null, number);
  link.href = dial(number);
  span.append(link, after === undefined ? "" : after);
  return span;
}

function applyBrand() {
  const brand = casino();
  const root = document.documentElement.style;
  root.setProperty("--primary", brand.primary);
  root.setProperty("--on-primary", brand.on_primary);
  root.setProperty("--accent", brand.accent);
  const lines = [element("span", "ai", t.ai)];
  lines.push(brand.host_phone ? sentence(t.person, brand.host_phone) : element("span", null, t.staff));
  lines.push(sentence(t.helpline, brand.helpline));
  notice.replaceChildren(...lines.flatMap((line, i) => (i ? [" ", line] : [line])));
}

/** The property's greeting and its suggested questions, in the page's language; a question asks itself when clicked. */
function showGreeting() {
  const brand = casino();
  const item = element("li", "greeting");
  item.append(element("span", "visually-hidden", t.host + ": "));
  item.append(element("p", "text", (brand.greetings && brand.greetings[language]) || fill(t.greeting, { name: brand.name })));
  const questions = (brand.suggestions && brand.suggestions[language]) || t.suggestions;
  const list = element("ul", "suggestions");
  list.setAttribute("aria-label", t.suggested);
  for (const question of questions) {
    const button = element("button", "suggestion", question);
    button.type = "button";
    button.addEventListener("click", () => send(question));
    const entry = element("li");
    entry.append(button);
    list.append(entry);
  }
  item.append(list);
  conversation.append(item);
}

function restart() {
  conversation.replaceChildren();
  showGreeting();
}

function showSources(answer, sources) {
  if (!sources.length) { return; }
  const list = element("ul", "sources");
  list.setAttribute("aria-label", t.sources);
  for (const source of sources) {
    const card = element("li", "source", source.title);
    card.dataset.id = source.id;
    card.append(element("span", "category", t.categories[source.category] || source.category));
    list.append(card);
  }
  answer.item.append(list);
}

function showFeedback(answer, threadId) {
  const row = element("div", "feedback");
  for (const [label, rating] of [[t.helpful, 5], [t.notHelpful, 1]]) {
    const button = element("button", null, label);
    button.type = "button";
    button.setAttribute("aria-label", label);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", async () => {
      row.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b === button)));
      const response = await authorizedFetch("/v1/feedback", { thread_id: threadId, rating }, "application/json");
      status.textContent = response.ok ? t.thanks : t.failed;
    });
    row.append(button);
  }
  answer.item.append(row);
}

function showError(answer, message, retry) {
  answer.text.setAttribute("aria-busy", "false");
  const box = element("div", "error");
  box.setAttribute("role", "alert");
  box.append(element("span", null, message + " "));
  const again = element("button", "retry", t.retry);
  again.type = "button";
  again.addEventListener("click", () => { answer.item.remove(); retry(); });
  box.append(again);
  answer.item.append(box);
  again.focus();
}

/** Reads an SSE body frame by frame: calls onEvent(name, data) for each event; comments (heartbeats) are skipped. */
async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) { return; }
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      let data = "";
      for (const line of frame.split("\n")) {
        if (line.startsWith("event: ")) { name = line.slice(7); }
        else if (line.startsWith("data: ")) { data += line.slice(6); }
      }
      if (data) { onEvent(name, JSON.parse(data)); }
    }
  }
}

// A host of the casino can take the conversation over (the host desk): the page holds a stream of the
// thread's host (GET /v1/threads/{thread_id}/host, fetch-read like the answers, since EventSource
// cannot send the token): "host" says who holds it (null: nobody), "message" is each host's message.
let hostWatch = null;
let hostName = null;
const HOST_RETRY_MS = [1000, 2000, 5000, 10000, 30000];

function watchHost(threadId) {
  if (hostWatch && hostWatch.threadId === threadId) { return; }
  stopWatchingHost();
  const watch = { threadId, casino: casinoId(), abort: new AbortController() };
  hostWatch = watch;
  streamHost(watch, 0);
}

function stopWatchingHost() {
  if (hostWatch) { hostWatch.abort.abort(); }
  hostWatch = null;
  hostName = null;
}

/** After a reload, the tab's conversation (if it has one) is watched again. */
function resumeHost() {
  const thread = sessionStorage.getItem(threadKey());
  if (thread) { watchHost(thread); }
}

async function streamHost(watch, failures) {
  let opened = false;
  try {
    for (const renew of [false, true]) {
      const response = await fetch("/v1/threads/" + encodeURIComponent(watch.threadId) + "/host", {
        headers: { "Accept": "text/event-stream", "Authorization": "Bearer " + await pageToken(renew) },
        signal: watch.abort.signal,
      });
      if (response.status === 401 && !renew) { continue; }
      // no such route (a server without the desk) or a thread this page may not see: nothing to watch
      if (response.status === 404 || response.status === 403 || response.status === 400) { return; }
      if (!response.ok) { break; }
      opened = true;
      await readEvents(response.body, (name, data) => {
        if (hostWatch !== watch) { return; }
        if (name === "host") { hostChanged(data.name || null); }
        if (name === "message") { addHostMessage(data.name || hostName || t.aHost, data.text); }
      });
      break;
    }
  } catch (e) {
    if (watch.abort.signal.aborted) { return; }
  }
  if (hostWatch !== watch) { return; }
  const next = opened ? 0 : failures + 1;
  setTimeout(() => { if (hostWatch === watch) { streamHost(watch, next); } }, HOST_RETRY_MS[Math.min(next, HOST_RETRY_MS.length - 1)]);
}

function hostChanged(name) {
  if (name === hostName) { return; }
  const was = hostName;
  hostName = name;
  if (name) {
    addEvent(fill(t.hostJoined, { name }), "joined");
  } else if (was) {
    addEvent(t.hostLeft, "left");
  }
}

function addEvent(text, kind) {
  const item = element("li", "event " + kind, text);
  following(() => conversation.append(item));
  status.textContent = text;
}

function addHostMessage(name, text) {
  const item = element("li", "host-message");
  item.append(element("span", "author", fill(t.hostSays, { name })), element("p", "text", text));
  following(() => conversation.append(item));
  status.textContent = fill(t.hostSays, { name }) + ": " + text;
}

// A 409 turn-in-progress means another answer of this conversation (another tab or device) is still
// being written and this message was not taken: send it again after the server's Retry-After, a few times.
const BUSY_RETRIES = 3;
async function postChat(body) {
  for (let attempt = 0; ; attempt++) {
    const response = await authorizedFetch("/v1/chat", body, "text/event-stream");
    if (response.status !== 409 || attempt >= BUSY_RETRIES) { return response; }
    status.textContent = t.busy;
    const seconds = Math.min(10, Math.max(1, Number(response.headers.get("Retry-After")) || 2));
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

async function ask(text) {
  const answer = addAnswer();
  status.textContent = t.thinking;
  sendButton.disabled = true;
  let ended = false;
  const retry = () => ask(text);
  try {
    const body = { casino_id: casinoId(), message: text };
    const thread = sessionStorage.getItem(threadKey());
    if (thread) { body.thread_id = thread; }
    const response = await postChat(body);
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      showError(answer, problem.detail || t.failed, retry);
      ended = true;
      return;
    }
    await readEvents(response.body, (name, data) => {
      switch (name) {
        case "metadata": sessionStorage.setItem(threadKey(), data.thread_id); watchHost(data.thread_id); break;
        case "token": answer.raw += data.text; following(() => render(answer.text, answer.raw)); break;
        case "replace": answer.raw = data.text; following(() => render(answer.text, answer.raw)); break;
        case "sources": following(() => showSources(answer, data)); break;
        case "done":
          ended = true;
          if (data.handled_by === "host") {
            // the message went to the host holding the conversation: no answer of the agent's to show
            answer.item.remove();
            status.textContent = fill(t.passed, { name: hostName || t.aHost });
            break;
          }
          answer.text.setAttribute("aria-busy", "false");
          answer.item.dataset.turn = data.turn;
          answer.item.dataset.intent = data.intent;
          answer.item.dataset.guardrail = data.guardrail || "";
          following(() => showFeedback(answer, data.thread_id));
          status.textContent = t.answered;
          break;
        case "error": ended = true; showError(answer, data.detail || t.failed, retry); break;
      }
    });
    if (!ended) { showError(answer, t.offline, retry); }
  } catch (e) {
    if (!ended) { showError(answer, t.offline, retry); }
  } finally {
    sendButton.disabled = false;
    if (!answer.item.querySelector(".retry")) { messageBox.focus(); }
  }
}

function send(text) {
  if (!text || sendButton.disabled) { return; }
  conversation.querySelectorAll(".suggestions").forEach((list) => list.remove());
  addGuestMessage(text);
  ask(text);
}

composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = messageBox.value.trim();
  if (!text || sendButton.disabled) { return; }
  messageBox.value = "";
  send(text);
});
messageBox.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); composer.requestSubmit(); }
});
document.getElementById("new-conversation").addEventListener("click", () => {
  sessionStorage.removeItem(threadKey());
  stopWatchingHost();
  restart();
  messageBox.focus();
});
if (casinoSelect) {
  casinoSelect.addEventListener("change", () => {
    token = null;
    stopWatchingHost();
    applyBrand();
    restart();
    resumeHost();
    messageBox.focus();
  });
}
applyBrand();
restart();
resumeHost();
messageBox.focus();
