"""The desktop app (PySide6). Thin views over the Qt-free core."""
