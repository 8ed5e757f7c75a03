"""Qt widgets of the editor; talks to core through its public functions."""

from noticeeditor.gui.compat import keep_singletons_alive

keep_singletons_alive()
