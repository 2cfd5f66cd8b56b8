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
