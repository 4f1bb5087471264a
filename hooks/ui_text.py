"""Words the hooks write into pages, in every language of the site (not a hook itself:
the hooks import it; MkDocs puts this folder on sys.path while it loads them)."""

TEXT = {
    # Lab pages (hooks/lab_pages.py): the folded setup cell.
    "lab_setup": {
        "en": "Setup cell: figure style and the figures' text",
        "zh": "准备单元格：图表样式与图中文字",
        "zh-Hant": "準備儲存格：圖表樣式與圖中文字",
        "ru": "Подготовительная ячейка: стиль и подписи графиков",
    },
    # Download buttons (hooks/download_button.py).
    "download_lab": {"en": "Download this notebook", "zh": "下载这个 notebook", "zh-Hant": "下載這個 notebook",
                     "ru": "Скачать этот ноутбук"},
    "download_chapter": {"en": "Download as notebook", "zh": "下载为 notebook", "zh-Hant": "下載為 notebook",
                         "ru": "Скачать как ноутбук"},
    "open_in_colab": {"en": "Open in Colab", "zh": "在 Colab 中打开", "zh-Hant": "在 Colab 中開啟",
                      "ru": "Открыть в Colab"},
    # Autograd graph diagrams (hooks/autograd_graph_svg.py).
    "graph_title": {
        "en": "Autograd graph of {roots}: {nodes} nodes, {edges} edges",
        "zh": "{roots} 的 autograd 计算图：{nodes} 个节点，{edges} 条边",
        "zh-Hant": "{roots} 的 autograd 計算圖：{nodes} 個節點，{edges} 條邊",
        "ru": "Граф autograd для {roots}: узлов — {nodes}, рёбер — {edges}",
    },
    "graph_root": {"en": "root", "zh": "根节点", "zh-Hant": "根節點", "ru": "корень"},
    "graph_leaf": {"en": "leaf", "zh": "叶子节点", "zh-Hant": "葉節點", "ru": "лист"},
    "graph_saved": {"en": "saved", "zh": "已保存", "zh-Hant": "已儲存", "ru": "сохранено"},
    "graph_freed": {"en": "freed", "zh": "已释放", "zh-Hant": "已釋放", "ru": "освобождено"},
    "graph_legend": {
        "en": "Thick outline: a root, where backward() starts. Dashed box: a leaf, whose "
              "gradient lands in .grad. saved: the tensors a node keeps for backward(); "
              "freed: saved tensors already released.",
        "zh": "粗边框：根节点，backward() 从这里开始。虚线框：叶子节点，梯度写入它的 .grad。"
              "已保存：节点为 backward() 保存的张量；已释放：其中已经释放的张量。",
        "zh-Hant": "粗外框：根節點，backward() 從這裡開始。虛線框：葉節點，梯度寫入它的 .grad。"
                   "已儲存：節點為 backward() 儲存的張量；已釋放：其中已經釋放的張量。",
        "ru": "Жирная рамка — корень, с него начинается backward(). Пунктирная рамка — лист, "
              "градиент которого записывается в .grad. «сохранено» — тензоры, которые узел "
              "хранит для backward(); «освобождено» — сохранённые тензоры, память которых "
              "уже освобождена.",
    },
    # A translation behind its English page (hooks/translation_status.py).
    "translation_behind_title": {
        "en": "This translation is behind the English page",
        "zh": "本页译文落后于英文原文",
        "zh-Hant": "本頁譯文落後於英文原文",
        "ru": "Перевод отстаёт от английской версии",
    },
    "translation_behind": {
        "en": "The English page has changed since this translation was made, and the change "
              "is not translated yet. Where the two differ, the English page is right:",
        "zh": "英文页面在翻译之后有过修改，修改的内容还没有译出。两者不一致时，以英文页面为准：",
        "zh-Hant": "英文頁面在翻譯之後有所修改，修改的內容尚未譯出。兩者不一致時，以英文頁面為準：",
        "ru": "С тех пор как был сделан этот перевод, английская страница изменилась, "
              "а изменения ещё не переведены. Если тексты расходятся, верна английская версия:",
    },
    "translation_english_page": {
        "en": "the English page",
        "zh": "英文页面",
        "zh-Hant": "英文頁面",
        "ru": "английская страница",
    },
}


def ui(key: str, lang: str) -> str:
    return TEXT[key][lang]
