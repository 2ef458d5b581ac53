// Keyboard moves for the inbox and small helpers for the composer. Text is never inserted as HTML here.
window.exceedInbox = {
  attach(dotnet) {
    if (window.exceedInbox.handler) document.removeEventListener('keydown', window.exceedInbox.handler);
    const handler = (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target;
      if (t && (t.tagName === 'INPUT' && t.type !== 'checkbox' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const rows = [...document.querySelectorAll('table.inbox tr.row')];
      if (rows.length === 0) return;
      const current = document.activeElement && document.activeElement.closest ? document.activeElement.closest('tr.row') : null;
      const at = rows.indexOf(current);
      switch (e.key) {
        case 'j': (rows[Math.min(at + 1, rows.length - 1)] || rows[0]).focus(); e.preventDefault(); break;
        case 'k': (rows[Math.max(at - 1, 0)] || rows[0]).focus(); e.preventDefault(); break;
        case 'o': case 'Enter': if (current) { current.querySelector('a.open').click(); e.preventDefault(); } break;
        case 'x': case 'a': case 's':
          dotnet.invokeMethodAsync('ShortcutAsync', e.key, current ? current.dataset.id : null); e.preventDefault(); break;
      }
    };
    window.exceedInbox.handler = handler;
    document.addEventListener('keydown', handler);
  }
};

window.exceedComposer = {
  // Selects a range in the composer so the agent sees what a suggestion replaced.
  select(id, start, length) {
    const box = document.getElementById(id);
    if (!box) return;
    box.focus();
    box.setSelectionRange(start, start + length);
  },
  // Shows a draft the server changed (the box is never rendered from the server while the agent types) and selects the change.
  show(id, text, start, length) {
    const box = document.getElementById(id);
    if (!box) return;
    box.value = text;
    window.exceedComposer.select(id, start, length);
  }
};

// Keys for the list under the composer (canned replies, phrase completions). Only while a list is shown: otherwise
// Tab, Enter and the arrows do what they always do.
window.exceedComposer.attach = function (id) {
  const box = document.getElementById(id);
  if (!box || box.dataset.keys) return;
  box.dataset.keys = '1';
  box.addEventListener('keydown', (e) => {
    const list = box.parentElement.querySelector('ul.suggestions');
    const items = list ? [...list.querySelectorAll('button.suggestion')] : [];
    if (items.length === 0 || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    const at = items.findIndex(b => b.getAttribute('aria-selected') === 'true');
    const choose = (i) => items.forEach((b, j) => b.setAttribute('aria-selected', String(i === j)));
    switch (e.key) {
      case 'ArrowDown': choose(Math.min(at + 1, items.length - 1)); break;
      case 'ArrowUp': choose(Math.max(at - 1, 0)); break;
      case 'Tab': case 'Enter': items[Math.max(at, 0)].click(); break;
      case 'Escape': list.querySelector('button.suggestions-dismiss').click(); break;
      default: return;
    }
    e.preventDefault();
  });
};
