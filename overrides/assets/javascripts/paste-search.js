// Material searches on keyup and focus, not on input: a query pasted from the long-press
// menu of a phone, or dropped in, found nothing until a key was pressed. Every input
// event of the search box now counts as a keystroke.
document.addEventListener("input", (event) => {
  if (event.target.matches && event.target.matches(".md-search__input")) {
    event.target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
});
