"""Format detection, the CLI on every format, missing extras, import cost (issue 13)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from readers_support import SPEECH_TXT, make_module, outline, text_outline
from test_invariants import check_document

import speechdoc
from speechdoc.cli import main
from speechdoc.errors import InputError, MissingDependencyError
from speechdoc.readers import UnreadableDocumentError, sniff

FILES = ["gov_page.html", "sharing_page.html", "speech.docx", "speech.pdf"]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("readers")
    make_module().main(str(folder))
    return folder


@pytest.mark.parametrize("name", FILES)
def test_every_format_gives_the_outline_of_the_plain_text(made, name):
    doc = speechdoc.parse_file(made / name)
    assert doc.source.format == {"html": "html", "docx": "docx", "pdf": "pdf"}[name.rsplit(".", 1)[1]]
    assert outline(doc) == text_outline()
    assert len(outline(doc)) == 16
    assert doc.speeches[0].title == "在全市经济工作会议上的讲话"
    check_document(doc, doc.text)  # spans tile doc.text: every character in one block or noise record


@pytest.mark.parametrize("name", FILES)
def test_the_format_is_found_by_content_not_by_name(made, tmp_path, name):
    renamed = tmp_path / "download.bin"
    renamed.write_bytes((made / name).read_bytes())
    doc = speechdoc.parse_file(renamed)
    assert doc.source.format != "text" and outline(doc) == text_outline()
    assert speechdoc.parse((made / name).read_bytes()).source.format == doc.source.format


@pytest.mark.parametrize("name", FILES)
def test_source_blocks_index_the_extracted_text(made, name):
    doc = speechdoc.parse_file(made / name)
    blocks = doc.source.blocks
    assert blocks and all(0 <= b.span[0] < b.span[1] <= len(doc.text) for b in blocks)
    assert [b.span for b in blocks] == sorted(b.span for b in blocks) or doc.source.format == "pdf"
    for node in doc.walk():  # every node can be traced to where it sits in the original
        holder = [b for b in blocks if b.span[0] <= node.marker_span[0] < b.span[1]]
        assert len(holder) == 1, node
        where = holder[0]
        assert (where.path, where.paragraph, where.page) != (None, None, None)


def test_plain_text_stays_text():
    doc = speechdoc.parse_file(SPEECH_TXT)
    assert doc.source.format == "text" and doc.source.blocks == []
    assert sniff("一、总体要求\n比较 a<b 与 c>d 的大小。") == "text"
    assert sniff("讲话稿里写着 <p> 这个词。") == "text"


def test_raw_html_given_to_parse_is_read_as_a_page_not_as_text():
    doc = speechdoc.parse("<h1>在全县工作会议上的讲话</h1><p>一、狠抓落实</p><p>生产总值增长6%。</p>"
                          "<p>二、保障民生</p>")
    assert doc.source.format == "html"
    assert outline(doc) == [(1, "一、", "狠抓落实"), (1, "二、", "保障民生")]
    assert "<" not in doc.text
    assert [m.text for m in doc.metrics()] and all("<" not in m.text for m in doc.metrics())


def test_reader_text_parses_markup_as_text():
    doc = speechdoc.parse("<p>一、狠抓落实</p><p>二、保障民生</p><br>", reader="text")
    assert doc.source.format == "text" and "<p>" in doc.text


@pytest.mark.parametrize("name", FILES)
def test_cli_reads_every_format(made, name, capsys):
    assert main(["parse", str(made / name), "--format", "tree"]) == 0
    out = capsys.readouterr().out
    assert "一、 准确把握当前经济形势" in out and "（三） 保障和改善民生" in out and "二要 强化督查" in out


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "speechdoc.cli", *args], capture_output=True, text=True)


def _damaged_docx(made, tmp_path):
    f = tmp_path / "damaged.docx"
    f.write_bytes((made / "speech.docx").read_bytes()[:3000])
    return f


def _damaged_pdf(made, tmp_path):
    f = tmp_path / "damaged.pdf"
    data = (made / "speech.pdf").read_bytes()
    f.write_bytes(data[:200] + b"\x00garbage\x00" * 50)
    return f


@pytest.mark.parametrize("damage, message", [
    (_damaged_docx, "cannot read the Word file"),
    (_damaged_pdf, "cannot read the PDF"),
    (lambda made, tmp: make_module().scanned_pdf(tmp / "scan.pdf"), "no text layer; run OCR first"),
])
def test_unreadable_files_are_exit_1_with_one_line(made, tmp_path, damage, message):
    path = damage(made, tmp_path)
    with pytest.raises(UnreadableDocumentError, match=message.replace("(", r"\(")):
        speechdoc.parse_file(path)
    r = _run("parse", str(path))
    assert r.returncode == 1
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_unreadable_document_error_is_both_kinds():
    assert issubclass(UnreadableDocumentError, InputError) and issubclass(UnreadableDocumentError, ValueError)


@pytest.mark.parametrize("name, module, extra", [
    ("gov_page.html", "selectolax", "html"), ("speech.docx", "lxml", "docx"), ("speech.pdf", "pdfminer", "pdf")])
def test_a_missing_extra_names_its_install_command(made, monkeypatch, name, module, extra):
    for loaded in [m for m in sys.modules if m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, loaded)
    monkeypatch.setitem(sys.modules, module, None)  # what an uninstalled package looks like to import
    reader = name.rsplit(".", 1)[1]
    with pytest.raises(MissingDependencyError, match=rf"pip install 'speechdoc\[{extra}\]'") as err:
        speechdoc.parse_file(made / name, reader=reader)
    assert isinstance(err.value, ImportError)


def test_without_the_html_extra_markup_is_parsed_as_text_with_a_warning(monkeypatch):
    import speechdoc.readers as readers

    monkeypatch.setattr(readers, "html_available", lambda: False)
    doc = speechdoc.parse("<html><body><p>一、狠抓落实</p><p>二、保障民生</p></body></html>")
    assert doc.source.format == "text"
    warning = [d for d in doc.diagnostics if d.code == "html-markup"]
    assert warning and warning[0].severity == "warning" and "pip install 'speechdoc[html]'" in warning[0].message


def test_importing_speechdoc_loads_no_reader_library():
    code = "import speechdoc, sys; print('speechdoc.readers' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"  # import time: the readers load at the first parse
    code = ("import speechdoc, sys; speechdoc.parse('一、总体要求'); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'selectolax', 'lxml', 'pdfminer', 'docx'}))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"


def test_cli_refuses_html_it_cannot_read_unless_forced(tmp_path, monkeypatch, capsys):
    import speechdoc.readers as readers

    page = tmp_path / "page.html"
    page.write_text("<html><body><p>一、狠抓落实</p><p>二、保障民生</p></body></html>", encoding="utf-8")
    monkeypatch.setattr(readers, "html_available", lambda: False)
    assert main(["parse", str(page), "--format", "tree"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pip install 'speechdoc[html]'" in err[0] and "--force-text" in err[0]
    assert main(["parse", str(page), "--format", "tree", "--force-text"]) == 0
    got = capsys.readouterr()
    assert got.out.startswith("speech 1") and got.err == ""  # forced: text, tags and all, and nothing to warn of


def test_cli_force_text_reads_markup_as_text_even_with_the_reader(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>一、狠抓落实</p></body></html>", encoding="utf-8")
    assert main(["parse", str(page), "--force-text"]) == 0
    import json

    doc = json.loads(capsys.readouterr().out)
    assert doc["source"]["format"] == "text" and "<p>" in doc["text"]
    assert main(["parse", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "html"


@pytest.mark.parametrize("command", [["query", "section"], ["metrics"]])
def test_every_file_command_reads_the_formats(made, command, capsys):
    assert main([*command, str(made / "speech.docx")]) == 0
    out = capsys.readouterr().out
    assert "准确把握当前经济形势" in out or "生产总值" in out


def test_reader_argument_is_checked():
    from speechdoc.errors import UsageError

    with pytest.raises(UsageError, match="reader must be one of"):
        speechdoc.parse("一、总体要求", reader="xml")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="parse_file"):
        speechdoc.parse("一、总体要求", reader="pdf")


def test_a_legacy_word_file_or_a_random_zip_is_not_read_as_text():
    with pytest.raises(UnreadableDocumentError, match=r"\.doc .*save it as \.docx"):
        speechdoc.parse(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # Word 97-2003 (OLE2)
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "一、总体要求")
    with pytest.raises(UnreadableDocumentError, match="a ZIP archive, not a Word document"):
        speechdoc.parse(buf.getvalue())


def test_stage_dumps_read_the_formats_too(made, capsys):
    assert main(["parse", "--stage", "markers", str(made / "speech.pdf")]) == 0
    out = capsys.readouterr().out
    assert "一、" in out and "（三）" in out and "二要" in out


def test_an_rtf_draft_is_refused_not_parsed_as_control_words():
    rtf = rb"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil SimSun;}}\f0\fs24 \'d2\'bb\'a1\'a2\par}"
    with pytest.raises(UnreadableDocumentError, match="RTF"):
        speechdoc.parse(rtf)
    assert speechdoc.parse(rtf, reader="text").source.format == "text"  # asked for: the control words as text
