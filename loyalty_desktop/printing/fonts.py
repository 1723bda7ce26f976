"""The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0; see resources/fonts), registered with
reportlab as a TrueType font so PDFs embed the subset they use and print Chinese anywhere.
(reportlab's built-in STSong-Light is not embedded and prints as boxes without a CJK font.)"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from loyalty_desktop.core.resources import resource_path

CJK = "WQYMicroHei"


@cache
def register() -> str:
    font_file = resource_path("resources", "fonts", "wqy-microhei.ttc")
    pdfmetrics.registerFont(TTFont(CJK, str(font_file), subfontIndex=0))
    return CJK
