"""The Jinja Environment: user overrides, StrictUndefined, escaping per output format."""

import pytest
from jinja2 import UndefinedError

from factcheck.errors import BadInput
from factcheck.reporting.environment import make_environment, md_cell, md_text, render


def test_a_user_template_replaces_the_builtin_one_of_the_same_name(tmp_path, mill, render_report):
    (tmp_path / "article.md").write_text(
        "{% for r in articles %}OURS {{ r.article.title }} {{ r.total }}{% endfor %}\n"
    )
    output = render_report([mill.article_id], "md", template_dir=tmp_path)
    assert output.strip() == "OURS Dunmore mill strike 8"
    # Templates it does not replace still come from the built-in folder.
    assert "<!DOCTYPE html>" in render_report([mill.article_id], "html", template_dir=tmp_path)


def test_a_user_template_can_extend_the_builtin_it_replaces(tmp_path, mill, render_report):
    (tmp_path / "article.html").write_text(
        '{% extends "builtin/article.html" %}{% block title %}Newsroom audit{% endblock %}'
    )
    html = render_report([mill.article_id], "html", template_dir=tmp_path)
    assert "<title>Newsroom audit</title>" in html
    assert 'data-claim-id="' in html  # the rest of the built-in report is still there


def test_a_missing_variable_is_an_error_not_an_empty_string(tmp_path, mill, render_report):
    (tmp_path / "article.md").write_text("Reviewed by {{ reviewer_name }}\n")
    with pytest.raises(BadInput, match="reviewer_name"):
        render_report([mill.article_id], "md", template_dir=tmp_path)


def test_a_missing_attribute_is_an_error_too():
    env = make_environment()
    template = env.from_string("{{ article.no_such_field }}")
    with pytest.raises(UndefinedError, match="no_such_field"):
        template.render(article={"title": "x"})


def test_template_syntax_errors_name_the_file_and_line(tmp_path):
    (tmp_path / "corpus.md").write_text("line one\n{% for x in %}\n")
    chunks = render(make_environment(tmp_path), "corpus.md", {})
    with pytest.raises(BadInput, match=r"corpus.md:2"):
        "".join(chunks)


def test_unknown_template_dir_is_a_user_error(tmp_path):
    with pytest.raises(BadInput, match="not a folder"):
        make_environment(tmp_path / "missing")


def test_html_is_autoescaped_and_markdown_is_not(tmp_path):
    (tmp_path / "t.html").write_text("{{ v }}")
    (tmp_path / "t.md").write_text("{{ v }}")
    env = make_environment(tmp_path)
    value = "<b>&</b>"
    assert env.get_template("t.html").render(v=value) == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert env.get_template("t.md").render(v=value) == value


def test_markdown_cells_escape_pipes_newlines_and_markup():
    assert md_cell("a | b\nc") == r"a \| b c"
    assert md_cell(None) == "—"
    assert md_cell("<img src=x>") == r"\<img src=x\>"
    assert md_text("# not a heading\n- not a list *x*") == (
        "\\# not a heading\n\\- not a list \\*x\\*"
    )


ESCAPES = [
    "{{ cycler.__init__.__globals__.os.popen('touch ' ~ marker).read() }}",
    "{{ self.__init__.__globals__['__builtins__']['__import__']('subprocess')"
    ".run(['touch', marker]) }}",
    "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{{ c }}{% endfor %}",
    "{{ lipsum.__globals__['os'].system('touch ' ~ marker) }}",
    "{{ '{0.__class__.__init__.__globals__}'.format(marker) }}",
]


@pytest.mark.parametrize("source", ESCAPES)
def test_a_user_template_cannot_reach_python_or_the_shell(tmp_path, source):
    marker = tmp_path / "PWNED"
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "corpus.md").write_text(source)
    with pytest.raises(BadInput, match=r"corpus\.md") as info:
        "".join(render(make_environment(folder), "corpus.md", {"marker": str(marker)}))
    assert "\n" not in str(info.value)
    assert not marker.exists()


def test_a_template_cannot_change_the_data_it_is_given(tmp_path):
    (tmp_path / "corpus.md").write_text("{{ items.append(1) }}{{ items }}")
    with pytest.raises(BadInput, match=r"sandbox|unsafe"):
        "".join(render(make_environment(tmp_path), "corpus.md", {"items": [0]}))


def test_the_json_filter_is_safe_inside_a_script_block():
    from json import loads

    env = make_environment()
    value = {"quote": "</script><script>alert(1)</script> & <!-- x -->"}
    out = env.from_string("<script type='application/ld+json'>{{ v | json }}</script>").render(
        v=value
    )
    inner = out.removeprefix("<script type='application/ld+json'>").removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert loads(inner) == value


@pytest.mark.parametrize(
    "source", ["{{ 'x' * 10**10 }}", "{{ 10 ** 100000 }}", "{{ [1] * 10**9 }}"]
)
def test_a_template_cannot_exhaust_memory_with_arithmetic(tmp_path, source):
    (tmp_path / "corpus.md").write_text(source)
    with pytest.raises(BadInput, match="too large"):
        "".join(render(make_environment(tmp_path), "corpus.md", {}))


def test_small_arithmetic_still_works(tmp_path):
    (tmp_path / "corpus.md").write_text("{{ '-' * 3 }}{{ 2 ** 3 }}{{ 6 * 7 }}")
    assert "".join(render(make_environment(tmp_path), "corpus.md", {})) == "---842"


def test_a_fifo_in_the_template_folder_is_refused_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "corpus.md")  # opening it to read would block forever
    with pytest.raises(BadInput, match="not a regular file"):
        "".join(render(make_environment(tmp_path), "corpus.md", {}))


@pytest.mark.parametrize(
    "source",
    [
        "{% include 'corpus.md' %}",
        "{% extends 'corpus.md' %}",
        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    ],
)
def test_a_template_that_recurses_forever_is_one_line(tmp_path, source):
    (tmp_path / "corpus.md").write_text(source)
    with pytest.raises(BadInput, match="recursion"):
        "".join(render(make_environment(tmp_path), "corpus.md", {}))
