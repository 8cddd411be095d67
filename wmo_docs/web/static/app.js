// Progressive enhancement only: every form works without this file.
"use strict";
document.documentElement.classList.add("js");

// Batch page: follow the job's progress without reloading, and show the result when it is done.
(function () {
  var job = document.getElementById("taak");
  if (!job) return;
  var status = job.getAttribute("data-status");
  if (status !== "wachtrij" && status !== "bezig") return;
  var url = job.getAttribute("data-voortgang");
  var bar = document.getElementById("voortgang");
  var stand = document.getElementById("stand");
  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        bar.max = data.totaal || 1;
        bar.value = data.gedaan;
        bar.textContent = data.gedaan + " van " + data.totaal;
        if (data.status === "klaar" || data.status === "mislukt") {
          window.location.reload();
          return;
        }
        stand.textContent = data.status === "wachtrij"
          ? "De controle wacht op haar beurt (" + data.totaal + " concepten)."
          : "Bezig: " + data.gedaan + " van " + data.totaal + " concepten gecontroleerd.";
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();

// Forms that take a while: say so, and keep the user from sending twice.
(function () {
  var forms = document.querySelectorAll("#controleformulier, #partijformulier");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (button && button.value === "docx") return; // a download: the page stays as it is
      var note = document.createElement("p");
      note.setAttribute("role", "status");
      note.className = "bezig";
      note.textContent = "Bezig met controleren…";
      form.appendChild(note);
    });
  });
})();
