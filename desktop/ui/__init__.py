"""The Qt GUI. Views read the core through Qt Model/View; every edit goes through the session's QUndoStack."""
