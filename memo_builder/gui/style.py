"""The application's Qt style sheet: colours, the step list, cards, the primary button and the
status-bar warnings. Widgets opt in by object name (``setObjectName("card")``) or property."""

STYLE = """
QMainWindow, QWidget#pageContent, QScrollArea { background: #f3f5f8; }
QFrame#card { background: #ffffff; border: 1px solid #d9dfe7; border-radius: 6px; }
QFrame#help { background: #e9f1fb; border: 1px solid #c3d6ee; border-radius: 6px; }
QLabel#pageTitle { color: #17324d; }
QLabel#cardTitle { color: #17324d; }
QLabel#muted, QLabel#cardDescription { color: #55606b; }
QLabel#notice { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 4px; padding: 6px; }
QLabel#autosaveWarning { background: #fdecea; color: #8e1c1c; border: 1px solid #c62828; border-radius: 3px; padding: 1px 6px; font-weight: bold; }
QListWidget#steps { background: #17324d; color: #ffffff; border: none; outline: 0; }
QListWidget#steps::item { padding: 9px 8px; border-radius: 4px; margin: 2px 6px; }
QListWidget#steps::item:selected { background: #2d5d8f; color: #ffffff; }
QListWidget#steps::item:hover:!selected { background: #234569; }
QLineEdit[invalid="true"] { border: 2px solid #c62828; }
QPushButton#primary { background: #1f5fa8; color: #ffffff; border: 1px solid #174a84; border-radius: 4px; padding: 6px 14px; font-weight: bold; }
QPushButton#primary:hover { background: #2a6dbb; }
QPushButton#primary:focus { border: 2px solid #0b2e55; }
QWidget#navbar { background: #ffffff; border-top: 1px solid #d9dfe7; }
QTextBrowser#preview { background: #ffffff; border: none; border-left: 1px solid #d9dfe7; }
QTreeWidget::item, QListWidget::item { padding: 3px 2px; }
"""
