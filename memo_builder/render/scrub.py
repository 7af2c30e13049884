"""Remove what an organisation's base document carries from its own past before a memo is
written on it: the previous author's comments, the path of the Word template it was made from,
document variables, mail-merge sources, and stale extended properties (company, manager,
hyperlink base, old titles). The memo's own properties are set by the writer; the base document
keeps only what it is for: styles, page setup, header, footer, numbering and theme.
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

# Relationships from the main document part that carry someone's content, not the look.
_DOCUMENT_RELTYPES = (
    "/customXml",
    "/comments",
    "/commentsExtended",
    "/commentsIds",
    "/commentsExtensible",
    "/people",
    "/glossaryDocument",
)
_PACKAGE_RELTYPES = ("/thumbnail", "/custom-properties")
# Settings that point at files on the author's machine or hold hidden values.
_SETTINGS_ELEMENTS = ("w:attachedTemplate", "w:docVars", "w:mailMerge")

_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Template>Normal.dotm</Template><Application>Memo Builder</Application>"
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    b"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _drop(rels, suffixes: tuple[str, ...], external: bool = False) -> None:
    for rel_id, rel in list(rels.items()):
        if rel.reltype.endswith(suffixes) or (external and rel.is_external):
            del rels[rel_id]


def scrub(document) -> None:
    """Strip leftovers from ``document`` (a python-docx Document opened on the base)."""
    package = document.part.package
    _drop(package.rels, _PACKAGE_RELTYPES)
    _drop(document.part.rels, _DOCUMENT_RELTYPES)
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = _APP_XML  # a generic Part: its bytes are what gets saved
    try:
        settings_part = document.part.part_related_by(RT.SETTINGS)
    except KeyError:
        return
    settings = settings_part.element
    for tag in _SETTINGS_ELEMENTS:
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    # attachedTemplate and mail-merge sources are external links to the author's disk.
    _drop(settings_part.rels, ("/attachedTemplate", "/mailMergeSource", "/recipientData",
                               "/mailMergeHeaderSource"), external=True)
