"""Compare the libraries the readers could use, on the reader fixtures (issue 13).

    python benchmarks/bench_readers.py

HTML: selectolax (lexbor) and lxml.html parse the same government page repeated to
~1 MB; PDF: pdfminer.six and pypdf extract the same STSong-Light (CID font) PDF, 40
pages. Prints seconds per run and whether each got the Chinese text right. Libraries
not installed are skipped. Last, how many of the plain text's outline nodes each
fixture format gives (run it with an older speechdoc on PYTHONPATH to compare:
``git archive 0cb4385 | tar -x -C /tmp/before; PYTHONPATH=/tmp/before python benchmarks/bench_readers.py``).
"""
from __future__ import annotations

import io
import runpy
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
make = runpy.run_path(str(ROOT / "fixtures" / "readers" / "make.py"))


def best(fn, n: int = 3) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def html() -> None:
    page = make["gov_page"]()
    head, _, rest = page.partition("<div class=\"article-content\">")
    body, _, tail = rest.partition("</div>\n<div class=\"share\">")
    big = head + '<div class="article-content">' + body * max(1, 1_000_000 // len(body)) + "</div>" + tail
    print(f"HTML page: {len(big.encode()) / 1e6:.2f} MB")
    try:
        from selectolax.lexbor import LexborHTMLParser

        print(f"  selectolax/lexbor parse: {best(lambda: LexborHTMLParser(big)):.3f} s")
    except ImportError:
        print("  selectolax not installed")
    try:
        import lxml.html

        print(f"  lxml.html parse:         {best(lambda: lxml.html.document_fromstring(big)):.3f} s")
    except ImportError:
        print("  lxml not installed")
    try:
        from speechdoc.readers.html import read_html
    except ImportError:  # a speechdoc from before the readers
        return
    print(f"  speechdoc read_html (selectolax + walk): {best(lambda: read_html(big)):.3f} s")


def pdf() -> None:
    speech = make["SPEECH"]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "long.pdf"
        lines = speech.splitlines()
        make["pdf_file"](path, "\n".join(lines[:2] + lines[2:] * 20))
        data = path.read_bytes()
    expect = "城镇登记"
    try:
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data))
        print(f"PDF ({len(data) / 1e3:.0f} kB):\n  pdfminer.six extract_text: {best(lambda: extract_text(io.BytesIO(data)), 1):.3f} s, "
              f"Chinese right: {expect in text and '经济形势' in text}, line boxes: yes")
    except ImportError:
        print("  pdfminer.six not installed")
    try:
        import pypdf

        def run() -> str:
            return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)

        text = run()
        print(f"  pypdf extract_text:        {best(run, 1):.3f} s, Chinese right: {expect in text and '经济形势' in text}, "
              "line boxes: no (a visitor gives glyph origins only)")
    except ImportError:
        print("  pypdf not installed")
    try:
        from speechdoc.readers.pdf import read_pdf
    except ImportError:  # a speechdoc from before the readers
        return
    print(f"  speechdoc read_pdf (pdfminer layout + chrome + wraps): {best(lambda: read_pdf(data), 1):.3f} s")


def outlines() -> None:
    import speechdoc

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        make["main"](folder)
        ref = [(n.depth, n.marker, n.title) for n in speechdoc.parse_file(ROOT / "fixtures/readers/speech.txt").walk()]
        print("outline of each format against speech.txt:")
        for name in ["gov_page.html", "sharing_page.html", "speech.docx", "speech.pdf", "scanned.pdf"]:
            try:
                doc = speechdoc.parse_file(folder / name)
            except Exception as e:  # what an older speechdoc did with the file
                print(f"  {name}: {type(e).__name__}: {e}")
                continue
            got = [(n.depth, n.marker, n.title) for n in doc.walk()]
            same = sum(a == b for a, b in zip(ref, got))
            print(f"  {name}: {len(got)} nodes, {same}/{len(ref)} as in the plain text, "
                  f"markup in doc.text: {'<' in doc.text}")


if __name__ == "__main__":
    html()
    pdf()
    outlines()
