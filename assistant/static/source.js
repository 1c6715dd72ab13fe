// The source viewer: bring the cited passage to the middle of the screen, and the current
// quote into view in the speakers list. Without scripts, "Go to the passage" (#cited) does it.
(function () {
  var mark = document.getElementById("cited");
  if (mark && !location.hash) {
    mark.scrollIntoView({ block: "center" });
  }
  var list = document.querySelector(".speakers");
  var current = list && list.querySelector("[aria-current]");
  if (current && list.scrollHeight > list.clientHeight + 1) {
    // Scroll only the list (on a desktop it scrolls by itself), never the page.
    var offset = current.getBoundingClientRect().top - list.getBoundingClientRect().top;
    list.scrollTop += offset - list.clientHeight / 3;
  }
})();
