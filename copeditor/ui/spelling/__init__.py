"""Spell checking in the editor: the dictionary of the draft's language loaded in the
background, wavy underlines, suggestions on right-click (copeditor/spelling does the checking)."""
