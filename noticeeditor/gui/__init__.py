"""Qt widgets of the editor; talks to core through its public functions."""
