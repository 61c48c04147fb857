// The live meeting's timer (templates/meetings/_live_state.html, _live_run_state.html):
// counts down each second between the server's answers, from the seconds left the server
// gave. Not a live region: screen readers hear the stage change (#live-announce), not the
// ticking.
const deadlines = new WeakMap();

function clock(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

function tick() {
  const now = Date.now();
  for (const timer of document.querySelectorAll("[data-live-remaining]")) {
    if (!deadlines.has(timer)) {
      deadlines.set(timer, now + Number(timer.dataset.liveRemaining) * 1000);
    }
    if (timer.dataset.livePaused === "1") continue;
    const left = Math.round((deadlines.get(timer) - now) / 1000);
    timer.textContent = left >= 0 ? clock(left) : `over by ${clock(-left)}`;
  }
}

tick();
setInterval(tick, 1000);
