// Small browser helpers for the Blazor UI. No content from posts ever passes through here.
window.pantau = {
  getDarkMode: function () {
    try { return localStorage.getItem("pantau.dark"); } catch (e) { return null; }
  },
  setDarkMode: function (on) {
    try { localStorage.setItem("pantau.dark", on ? "1" : "0"); } catch (e) { /* private mode: not remembered */ }
    // Also a cookie, so the server renders the next page in the right mode from the first paint.
    document.cookie = "pantau.dark=" + (on ? "1" : "0") + "; path=/; max-age=31536000; samesite=lax";
  },
  timeZone: function () {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { return null; }
  }
};

// The care inbox's keyboard shortcuts: single keys outside text fields go to the inbox component; in the reply box,
// Ctrl+Enter sends, Escape leaves it, and while the canned-response picker is open the arrows and Enter pick.
(function () {
  var inboxRef = null;
  function inField(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function onKey(e) {
    var target = e.target;
    if (target && target.classList && target.classList.contains("compose-text")) {
      var picker = target.getAttribute("data-picker") === "open";
      if ((e.key === "Enter" && (e.ctrlKey || e.metaKey)) || (picker && (e.key === "Enter" || e.key === "ArrowUp" || e.key === "ArrowDown" || e.key === "Tab"))) {
        e.preventDefault();
      } else if (e.key === "Escape" && !picker) {
        target.blur();
      }
      return;
    }
    if (!inboxRef || inField(target) || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (["j", "k", "a", "r", "e", "x", "/"].indexOf(e.key) >= 0) {
      e.preventDefault();
      inboxRef.invokeMethodAsync("OnKeyAsync", e.key);
    }
  }
  document.addEventListener("keydown", onKey);
  // The attribute tells a watcher (and the browser tests) that the keys work: before it, the page is only prerendered.
  window.pantau.bindInboxKeys = function (ref) { inboxRef = ref; document.body.dataset.inboxKeys = "bound"; };
  window.pantau.unbindInboxKeys = function () { inboxRef = null; delete document.body.dataset.inboxKeys; };
  window.pantau.scrollIntoView = function (id) {
    var el = document.getElementById(id);
    if (el) { el.scrollIntoView({ block: "nearest" }); }
  };
})();
