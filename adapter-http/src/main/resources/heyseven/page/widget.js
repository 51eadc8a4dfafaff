// Hey Seven's chat widget for a casino's own site: one line,
//   <script src="https://chat.casino.example/widget.js" data-casino="aurora-palms" async></script>
// adds a launcher button that opens the property's chat page (/c/{casino_id}) from this script's
// server in a frame. The page lets itself be framed only by the origins in the property's branding
// (frame_origins). Optional: data-label (the button's text; by default in the browser's language),
// data-color (#rrggbb, the button's colour).
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || !script.src) { return; }
  const casino = script.dataset.casino || "";
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(casino)) {
    console.error("Hey Seven widget: data-casino must be a casino id such as aurora-palms");
    return;
  }
  const server = new URL(script.src).origin;
  const LABELS = { en: ["Chat with us", "Close the chat"], es: ["Chatee con nosotros", "Cerrar el chat"],
                  pt: ["Fale conosco", "Fechar o chat"], zh: ["在线咨询", "关闭聊天"] };
  const words = LABELS[(navigator.language || "en").slice(0, 2).toLowerCase()] || LABELS.en;
  const label = (script.dataset.label || words[0]).slice(0, 40);
  const color = /^#[0-9a-fA-F]{6}$/.test(script.dataset.color || "") ? script.dataset.color : "#5b2a86";
  const narrow = window.matchMedia("(max-width: 480px)");

  const frame = document.createElement("iframe");
  frame.src = server + "/c/" + encodeURIComponent(casino);
  frame.title = label;
  frame.id = "heyseven-chat-" + casino;
  frame.hidden = true;
  frame.setAttribute("referrerpolicy", "no-referrer");
  Object.assign(frame.style, { position: "fixed", zIndex: "2147483646", border: "0", background: "#fff",
    boxShadow: "0 8px 32px rgba(0,0,0,.25)" });

  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-controls", frame.id);
  button.setAttribute("aria-expanded", "false");
  button.className = "heyseven-launcher";
  Object.assign(button.style, { position: "fixed", right: "1rem", bottom: "1rem", zIndex: "2147483647", padding: ".75rem 1.1rem",
    border: "0", borderRadius: "2rem", background: color, color: "#fff", font: "600 1rem system-ui, sans-serif",
    boxShadow: "0 4px 16px rgba(0,0,0,.3)", cursor: "pointer" });

  function place() {
    const phone = narrow.matches;
    Object.assign(frame.style, phone
      ? { right: "0", bottom: "0", width: "100vw", height: "calc(100% - 3.75rem)", borderRadius: "0" }
      : { right: "1rem", bottom: "4.75rem", width: "24rem", height: "min(40rem, calc(100vh - 6rem))", borderRadius: "1rem" });
    button.style.bottom = phone && !frame.hidden ? "auto" : "1rem";
    button.style.top = phone && !frame.hidden ? ".5rem" : "auto";
  }

  button.addEventListener("click", () => {
    frame.hidden = !frame.hidden;
    button.setAttribute("aria-expanded", String(!frame.hidden));
    button.textContent = frame.hidden ? label : "×";
    button.setAttribute("aria-label", frame.hidden ? label : words[1]);
    place();
    if (!frame.hidden) { frame.focus(); }
  });
  narrow.addEventListener("change", place);
  place();
  const mount = () => document.body.append(frame, button);
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
