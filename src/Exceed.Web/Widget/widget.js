/* Exceed chat widget: one <script src="https://HOST/widget.js" data-brand="…"> line. Plain JS, no build step.
   Every message is shown with textContent: customer and agent text never becomes markup. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__exceedWidget) return;
  window.__exceedWidget = true;
  var base = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var KEY = "exceed.widget." + base;

  var TEXT = {
    "zh-Hans": {
      open: "在线咨询", title: "在线客服", placeholder: "请输入您的问题…", send: "发送",
      usual: "我们通常在 {n} 分钟内回复", usualNone: "我们会尽快回复您", typing: "客服正在输入…", read: "已读",
      failed: "发送失败，请重试", busy: "发送太频繁，请稍候再试", tooLong: "消息太长，请分几次发送",
      leave: "要离开？留下邮箱，回复会通过链接找到您", email: "您的邮箱", emailSend: "发送链接",
      emailDone: "链接已保存，稍后可回到此对话", close: "关闭", you: "我"
    },
    "zh-Hant": {
      open: "線上諮詢", title: "線上客服", placeholder: "請輸入您的問題…", send: "傳送",
      usual: "我們通常在 {n} 分鐘內回覆", usualNone: "我們會盡快回覆您", typing: "客服正在輸入…", read: "已讀",
      failed: "傳送失敗，請重試", busy: "傳送太頻繁，請稍候再試", tooLong: "訊息太長，請分幾次傳送",
      leave: "要離開？留下電郵，回覆會透過連結找到您", email: "您的電郵", emailSend: "傳送連結",
      emailDone: "連結已保存，稍後可回到此對話", close: "關閉", you: "我"
    },
    en: {
      open: "Chat with us", title: "Chat", placeholder: "Type your question…", send: "Send",
      usual: "We usually reply within {n} minutes", usualNone: "We will reply as soon as we can", typing: "Agent is typing…", read: "Read",
      failed: "Not sent; try again", busy: "Too many messages; wait a moment", tooLong: "Too long; split it into several messages",
      leave: "Leaving? Give your email and come back by the link", email: "Your email", emailSend: "Send link",
      emailDone: "Link saved: you can come back to this chat later", close: "Close", you: "Me"
    }
  };

  function pickLanguage() {
    var wanted = (data.lang || document.documentElement.lang || navigator.language || "en").toLowerCase();
    if (wanted.indexOf("zh") !== 0) return "en";
    return /hant|tw|hk|mo/.test(wanted) ? "zh-Hant" : "zh-Hans";
  }
  var lang = pickLanguage();
  var t = TEXT[lang];

  var state = { token: null, conversationId: null, lines: {}, agentReadAt: null, typingTimer: 0, lastTyping: 0, source: null };

  function stored() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }
  function store(token) { try { localStorage.setItem(KEY, token); } catch (e) { /* private mode: the chat lasts this page */ } }
  function forget() { try { localStorage.removeItem(KEY); } catch (e) { /* nothing kept */ } }

  function call(path, body) {
    var headers = { "Content-Type": "application/json" };
    if (state.token) headers["X-Visitor-Token"] = state.token;
    return fetch(base + "/widget/api" + path, { method: "POST", headers: headers, body: JSON.stringify(body || {}), credentials: "omit" });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  var host = el("div");
  host.id = "exceed-chat";
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var color = /^#[0-9a-fA-F]{3,8}$/.test(data.color || "") ? data.color : "#c0392b";
  var style = el("style", null,
    ":host{all:initial}*{box-sizing:border-box;font-family:system-ui,'PingFang SC','Noto Sans CJK SC',sans-serif;font-size:14px}" +
    ".open{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:24px;padding:12px 18px;color:#fff;background:" + color + ";cursor:pointer;box-shadow:0 2px 8px #0004}" +
    ".panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:340px;max-width:calc(100vw - 24px);height:480px;max-height:calc(100vh - 40px);display:none;flex-direction:column;background:#fff;border-radius:10px;box-shadow:0 4px 24px #0005;overflow:hidden}" +
    ".panel.shown{display:flex}.full .panel{inset:0;width:auto;height:auto;max-width:none;max-height:none;border-radius:0}" +
    ".head{background:" + color + ";color:#fff;padding:10px 12px}.brand{font-weight:600}.usual{font-size:12px;opacity:.9}" +
    ".x{float:right;background:none;border:0;color:#fff;cursor:pointer;font-size:18px;line-height:1}" +
    ".lines{flex:1;overflow-y:auto;padding:10px;background:#f6f6f6}.line{margin:6px 0;display:flex;flex-direction:column}" +
    ".line .bubble{max-width:80%;padding:7px 10px;border-radius:10px;white-space:pre-wrap;word-break:break-word;background:#fff;align-self:flex-start}" +
    ".line.mine .bubble{background:" + color + ";color:#fff;align-self:flex-end}.line .meta{font-size:11px;color:#888;align-self:flex-start}" +
    ".line.mine .meta{align-self:flex-end}.typing{font-size:12px;color:#666;padding:0 10px;min-height:16px}.error{color:#b00;font-size:12px;padding:0 10px}" +
    ".compose{display:flex;border-top:1px solid #ddd}.compose textarea{flex:1;border:0;padding:8px;resize:none;height:56px}" +
    ".compose button,.leave button{border:0;background:" + color + ";color:#fff;padding:0 14px;cursor:pointer}" +
    ".leave{display:flex;gap:4px;padding:6px 10px;border-top:1px solid #eee;font-size:12px;flex-wrap:wrap}.leave input{flex:1;min-width:0;padding:4px}" +
    ".leave span{width:100%;color:#555}.leave button{padding:4px 8px}");
  root.appendChild(style);
  if (data.fullPage === "true") host.className = "full";

  var openButton = el("button", "open", t.open);
  openButton.type = "button";
  openButton.setAttribute("data-testid", "open");
  var panel = el("div", "panel");
  panel.setAttribute("lang", lang);
  var head = el("div", "head");
  var closeButton = el("button", "x", "×");
  closeButton.type = "button";
  closeButton.title = t.close;
  head.appendChild(closeButton);
  head.appendChild(el("div", "brand", data.brand || t.title));
  var usual = el("div", "usual", "");
  usual.setAttribute("data-testid", "usual");
  head.appendChild(usual);
  var list = el("div", "lines");
  list.setAttribute("data-testid", "lines");
  var typing = el("div", "typing", "");
  typing.setAttribute("data-testid", "typing");
  var error = el("div", "error", "");
  error.setAttribute("data-testid", "error");
  var compose = el("form", "compose");
  var input = el("textarea");
  input.placeholder = t.placeholder;
  input.maxLength = 20000;
  input.setAttribute("data-testid", "input");
  var sendButton = el("button", null, t.send);
  sendButton.type = "submit";
  sendButton.setAttribute("data-testid", "send");
  compose.appendChild(input);
  compose.appendChild(sendButton);
  var leave = el("form", "leave");
  var leaveText = el("span", null, t.leave);
  var email = el("input");
  email.type = "email";
  email.placeholder = t.email;
  var emailButton = el("button", null, t.emailSend);
  emailButton.type = "submit";
  leave.appendChild(leaveText);
  leave.appendChild(email);
  leave.appendChild(emailButton);
  [head, list, typing, error, compose, leave].forEach(function (n) { panel.appendChild(n); });
  root.appendChild(openButton);
  root.appendChild(panel);

  function showUsual(minutes) {
    usual.textContent = minutes ? t.usual.replace("{n}", String(minutes)) : t.usualNone;
  }

  function time(at) {
    var d = new Date(at);
    return isNaN(d) ? "" : ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }

  function render(line, pendingKey) {
    if (pendingKey && line.id && state.lines[line.id] && state.lines[pendingKey]) {
      // The live stream delivered this line before the send answered: drop the placeholder.
      list.removeChild(state.lines[pendingKey]);
      delete state.lines[pendingKey];
      return;
    }
    var node = (pendingKey && state.lines[pendingKey]) || (line.id && state.lines[line.id]);
    if (!node) {
      node = el("div", "line" + (line.fromVisitor ? " mine" : ""));
      node.appendChild(el("div", "bubble"));
      node.appendChild(el("div", "meta"));
      list.appendChild(node);
    }
    node.firstChild.textContent = line.text;
    node.lastChild.textContent = (line.fromVisitor ? "" : (line.authorName || "") + " ") + time(line.at);
    node.dataset.at = line.at || "";
    if (line.fromVisitor) node.className = "line mine" + (line.id ? "" : " pending");
    if (pendingKey) delete state.lines[pendingKey];
    if (line.id) state.lines[line.id] = node;
    showRead();
    list.scrollTop = list.scrollHeight;
  }

  function showRead() {
    var old = list.querySelector(".read");
    if (old) old.parentNode.removeChild(old);
    if (!state.agentReadAt) return;
    var mine = list.querySelectorAll(".line.mine");
    for (var i = mine.length - 1; i >= 0; i--) {
      if (mine[i].dataset.at && mine[i].dataset.at <= state.agentReadAt) {
        var mark = el("div", "meta read", t.read);
        mark.setAttribute("data-testid", "read");
        mine[i].appendChild(mark);
        return;
      }
    }
  }

  function heard(line) {
    if (!line.fromVisitor) {
      typing.textContent = "";
      if (panel.classList.contains("shown")) call("/read");
    }
    render(line);
  }

  function listen() {
    if (state.source) state.source.close();
    var source = new EventSource(base + "/widget/api/stream?token=" + encodeURIComponent(state.token));
    state.source = source;
    source.addEventListener("line", function (e) { heard(JSON.parse(e.data)); });
    source.addEventListener("typing", function () {
      typing.textContent = t.typing;
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(function () { typing.textContent = ""; }, 6000);
    });
    source.addEventListener("read", function (e) {
      state.agentReadAt = JSON.parse(e.data).at;
      showRead();
    });
    source.onerror = function () {
      // EventSource reconnects by itself; catch up on what was said meanwhile once it is back.
      source.onopen = function () { source.onopen = null; start(true); };
    };
  }

  function start(catchUp) {
    var body = state.token ? { token: state.token } : data.resume ? { resume: data.resume } : {};
    return call("/start", body).then(function (response) {
      if (response.status === 401 && (body.token || body.resume)) {
        forget();
        state.token = null;
        data.resume = "";
        return start(false);
      }
      if (!response.ok) throw new Error(String(response.status));
      return response.json().then(function (view) {
        state.token = view.token;
        state.conversationId = view.conversationId;
        store(view.token);
        showUsual(view.usualReplyMinutes);
        view.lines.forEach(function (line) { render(line); });
        if (!catchUp) listen();
      });
    });
  }

  function clientId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
  }

  function send(text) {
    var id = clientId();
    var pending = "pending:" + id;
    error.textContent = "";
    render({ fromVisitor: true, text: text, at: new Date().toISOString() }, null);
    state.lines[pending] = list.lastChild;
    var body = { text: text, clientId: id };
    if (data.customerToken) {
      body.customerToken = data.customerToken;
      body.customerEmail = data.customerEmail || null;
      body.customerPhone = data.customerPhone || null;
    }
    return call("/messages", body).then(function (response) {
      if (response.ok) return response.json().then(function (r) { state.conversationId = r.conversationId; if (r.line) render(r.line, pending); });
      error.textContent = response.status === 429 ? t.busy : response.status === 400 || response.status === 413 ? t.tooLong : t.failed;
    }, function () { error.textContent = t.failed; });
  }

  compose.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || !state.token) return;
    input.value = "";
    send(text);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      compose.requestSubmit ? compose.requestSubmit() : compose.dispatchEvent(new Event("submit"));
    }
  });
  input.addEventListener("input", function () {
    var now = Date.now();
    if (state.conversationId && now - state.lastTyping > 3000) {
      state.lastTyping = now;
      call("/typing");
    }
  });
  leave.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!email.value.trim()) return;
    call("/email", { email: email.value.trim() }).then(function (response) {
      leaveText.textContent = response.ok ? t.emailDone : t.failed;
    });
  });

  var started = null;
  function show() {
    panel.classList.add("shown");
    openButton.style.display = "none";
    started = started || start(false).catch(function () { error.textContent = t.failed; started = null; });
    started && started.then(function () { if (state.conversationId) call("/read"); });
    input.focus();
  }
  openButton.addEventListener("click", show);
  closeButton.addEventListener("click", function () {
    panel.classList.remove("shown");
    openButton.style.display = "";
  });

  function mount() {
    document.body.appendChild(host);
    state.token = stored();
    if (data.open === "true" || data.resume) show();
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
