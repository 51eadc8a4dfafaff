// Hey Seven's chat page: no framework, no build step. Streams each answer over SSE (fetch + a
// reader, since EventSource cannot POST), applies `replace` in place, shows sources as cards and
// errors with a retry, keeps the conversation's thread per property for the tab's life.
"use strict";

const TEXTS = {
  en: { property: "Property", newConversation: "New conversation", yourMessage: "Your message", send: "Send",
        placeholder: "Ask about dining, shows, your stay…", you: "You", host: "Hey Seven", retry: "Try again",
        helpful: "Helpful", notHelpful: "Not helpful", thanks: "Thanks for the feedback.", thinking: "Hey Seven is answering…",
        answered: "Answer complete.", failed: "Something went wrong. Please try again.", offline: "The connection was lost before the answer ended.",
        busy: "An earlier message is still being answered; sending yours again shortly…" },
  es: { property: "Propiedad", newConversation: "Nueva conversación", yourMessage: "Su mensaje", send: "Enviar",
        placeholder: "Pregunte por restaurantes, espectáculos, su estancia…", you: "Usted", host: "Hey Seven", retry: "Reintentar",
        helpful: "Útil", notHelpful: "No útil", thanks: "Gracias por su opinión.", thinking: "Hey Seven está respondiendo…",
        answered: "Respuesta completa.", failed: "Algo salió mal. Inténtelo de nuevo.", offline: "Se perdió la conexión antes de terminar la respuesta.",
        busy: "Aún se está respondiendo un mensaje anterior; su mensaje se enviará de nuevo en breve…" },
  pt: { property: "Propriedade", newConversation: "Nova conversa", yourMessage: "Sua mensagem", send: "Enviar",
        placeholder: "Pergunte sobre restaurantes, shows, sua estadia…", you: "Você", host: "Hey Seven", retry: "Tentar de novo",
        helpful: "Útil", notHelpful: "Não útil", thanks: "Obrigado pela opinião.", thinking: "Hey Seven está respondendo…",
        answered: "Resposta completa.", failed: "Algo deu errado. Tente de novo.", offline: "A conexão caiu antes do fim da resposta.",
        busy: "Uma mensagem anterior ainda está sendo respondida; a sua será enviada de novo em instantes…" },
  zh: { property: "酒店", newConversation: "新对话", yourMessage: "您的消息", send: "发送",
        placeholder: "询问餐饮、演出、住宿…", you: "您", host: "Hey Seven", retry: "重试",
        helpful: "有帮助", notHelpful: "没有帮助", thanks: "感谢您的反馈。", thinking: "Hey Seven 正在回答…",
        answered: "回答完毕。", failed: "出了点问题，请重试。", offline: "回答结束前连接中断了。",
        busy: "上一条消息仍在回答中，稍后将重新发送您的消息…" },
};
const language = (navigator.language || "en").slice(0, 2).toLowerCase();
const t = TEXTS[language] || TEXTS.en;

const casinoSelect = document.getElementById("casino");
const conversation = document.getElementById("conversation");
const composer = document.getElementById("composer");
const messageBox = document.getElementById("message");
const sendButton = document.getElementById("send");
const status = document.getElementById("status");
let token = null;

document.documentElement.lang = TEXTS[language] ? language : "en";
document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t[el.dataset.text]; });
messageBox.placeholder = t.placeholder;

function threadKey() { return "heyseven.thread." + casinoSelect.value; }

async function pageToken(renew) {
  if (token && !renew && token.casino_id === casinoSelect.value && Date.parse(token.expires_at) - Date.now() > 30000) {
    return token.token;
  }
  const response = await fetch("/v1/chat/token", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ casino_id: casinoSelect.value }),
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
  const text = element("p", "text");
  text.setAttribute("aria-live", "polite");
  text.setAttribute("aria-busy", "true");
  item.append(text);
  conversation.append(item);
  item.scrollIntoView({ block: "end" });
  return { item, text };
}

function showSources(answer, sources) {
  if (!sources.length) { return; }
  const list = element("ul", "sources");
  list.setAttribute("aria-label", "Sources");
  for (const source of sources) {
    const card = element("li", "source", source.title);
    card.dataset.id = source.id;
    card.append(element("span", "category", source.category));
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
    const body = { casino_id: casinoSelect.value, message: text };
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
        case "metadata": sessionStorage.setItem(threadKey(), data.thread_id); break;
        case "token": answer.text.textContent += data.text; break;
        case "replace": answer.text.textContent = data.text; break;
        case "sources": showSources(answer, data); break;
        case "done":
          ended = true;
          answer.text.setAttribute("aria-busy", "false");
          answer.item.dataset.turn = data.turn;
          answer.item.dataset.intent = data.intent;
          answer.item.dataset.guardrail = data.guardrail || "";
          showFeedback(answer, data.thread_id);
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

composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = messageBox.value.trim();
  if (!text || sendButton.disabled) { return; }
  messageBox.value = "";
  addGuestMessage(text);
  ask(text);
});
messageBox.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); composer.requestSubmit(); }
});
document.getElementById("new-conversation").addEventListener("click", () => {
  sessionStorage.removeItem(threadKey());
  conversation.replaceChildren();
  messageBox.focus();
});
casinoSelect.addEventListener("change", () => { token = null; conversation.replaceChildren(); messageBox.focus(); });
messageBox.focus();
