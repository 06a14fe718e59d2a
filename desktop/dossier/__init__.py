"""The dossier: a PDF of the case for a regulator, mediator or lawyer (reportlab + pypdf, no Qt)."""
