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

// The alert bar: a short two-tone chime made with the Web Audio API (no file to download), a mute switch remembered
// in localStorage, and a desktop notification when the tab is in the background (permission asked only on a click).
(function () {
  var audio = null;
  function muted() {
    try { return localStorage.getItem("pantau.alerts.muted") === "1"; } catch (e) { return false; }
  }
  window.pantau.alertsMuted = muted;
  window.pantau.setAlertsMuted = function (on) {
    try { localStorage.setItem("pantau.alerts.muted", on ? "1" : "0"); } catch (e) { /* not remembered */ }
  };
  window.pantau.alertChime = function (severity) {
    if (muted()) { return false; }
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) { return false; }
      audio = audio || new Ctx();
      if (audio.state === "suspended") { audio.resume(); }
      var now = audio.currentTime;
      var tones = severity === "critical" || severity === "high" ? [880, 660, 880] : [660, 880];
      tones.forEach(function (hz, i) {
        var osc = audio.createOscillator();
        var gain = audio.createGain();
        osc.type = "sine";
        osc.frequency.value = hz;
        var start = now + i * 0.16;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.18, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.14);
        osc.connect(gain).connect(audio.destination);
        osc.start(start);
        osc.stop(start + 0.15);
      });
      document.body.dataset.alertChimes = String((parseInt(document.body.dataset.alertChimes || "0", 10) || 0) + 1);
      return true;
    } catch (e) { return false; }
  };
  window.pantau.notificationState = function () {
    return "Notification" in window ? Notification.permission : "unsupported";
  };
  window.pantau.askNotifications = async function () {
    if (!("Notification" in window)) { return "unsupported"; }
    try { return await Notification.requestPermission(); } catch (e) { return Notification.permission; }
  };
  // Title and body are the alert's own line (written by Pantau, not by a stranger); the Notification API shows text only.
  window.pantau.notifyAlert = function (title, body, href) {
    if (!document.hidden || !("Notification" in window) || Notification.permission !== "granted") { return false; }
    try {
      var n = new Notification(title, { body: body, tag: href, icon: "/img/logo.svg" });
      n.onclick = function () { window.focus(); window.location.href = href; n.close(); };
      return true;
    } catch (e) { return false; }
  };
  window.pantau.print = function () { window.print(); };
})();
