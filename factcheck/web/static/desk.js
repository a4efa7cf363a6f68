// The desk's only script (optional: every page works without it). A click, or Enter, on a
// highlighted claim opens it in the panel, as its label link does.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  function open(mark) {
    var link = document.querySelector('sup.claim-ref a[data-claim-id="' + mark.dataset.claimId + '"]');
    if (link) { window.location.assign(link.href); }
  }
  document.querySelectorAll("mark.claim[data-claim-id]").forEach(function (mark) {
    mark.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }  // the label link goes by itself
      event.stopPropagation();  // the innermost claim under the pointer wins
      open(mark);
    });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target === mark) { event.stopPropagation(); open(mark); }
    });
  });
});
