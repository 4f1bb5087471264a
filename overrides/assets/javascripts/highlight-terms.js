// Which search terms are worth highlighting on the page a search result opens
// (hooks/search_highlight_terms.py makes Material ask): not stop-words, and not Latin or
// Cyrillic tokens shorter than 3 letters, which lit up every "a" and "to" inside words.
// A CJK word of 2 characters is a real word (梯度, 叶子), so CJK needs 2, not 3.
(() => {
  const STOP = new Set([
    // en
    "the", "and", "for", "with", "from", "that", "this", "not", "are", "was", "you", "your", "its",
    "has", "have", "had", "but", "can", "all", "any", "how", "why", "what", "when", "where", "which",
    "who", "into", "than", "then", "them", "they", "one", "does", "did", "get", "got", "use", "using",
    // ru
    "что", "как", "для", "это", "при", "или", "так", "уже", "все", "всё", "его", "она", "они", "над",
    "под", "без", "чем", "когда", "если", "где", "почему", "есть", "нет", "был", "быть", "только",
    // zh, zh-Hant
    "一个", "一個", "这个", "這個", "那个", "那個", "我们", "我們", "什么", "什麼", "如何", "怎么",
    "怎麼", "为什么", "為什麼", "是否", "可以", "因为", "因為", "所以", "但是", "如果",
  ]);
  const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
  const highlightable = (term) => {
    const word = term.toLowerCase();
    if (STOP.has(word)) return false;
    return CJK.test(word) ? [...word].length >= 2 : [...word].length >= 3;
  };
  window.mdHighlightable = highlightable;
  window.mdHighlightTerms = (query) => (query || "").split(/\s+/).filter(highlightable).join(" ");
})();
