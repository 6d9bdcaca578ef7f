"""Grading outputs: the rubric, Gradescope's results.json, JUnit XML, CSV scores, appending and --resume."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from xval.impl.errors import InputError
from xval.reports.check.batch import run_batch
from xval.reports.check.formats import gradescope, junit
from xval.reports.check.inputs import load_inputs, save_pool
from xval.reports.check.rubric import load_rubric, parse_rubric
from xval.reports.check.warm import WarmPool

MUTANTS = Path(__file__).parent / "mutants"
BODY = (MUTANTS / "correct_notebook_style.py").read_text()
CRASH = "import os\n" + BODY.replace("    pre, outs = [], [x]\n", "    os._exit(3)\n", 1)
HANG = "import time\n" + BODY.replace("    pre, outs = [], [x]\n", "    time.sleep(600)\n", 1)
UNUSABLE = BODY.replace("def backward(", "def descend(")
TOP = {"score", "max_score", "execution_time", "output", "visibility", "tests"}
TEST = {"name", "score", "max_score", "status", "output", "visibility"}
GROUPS = ["The file loads and can be checked", "Forward pass"] + [
    f"Gradient of {n}" for n in ("w3", "b3", "w2", "b2", "w1", "b1")] + [
    "Update rule", "Helper functions", "Training steps (re-synced against the oracle)"]


def valid_gradescope(doc: dict) -> dict:
    """Gradescope's field list, and points that add up; returns the tests by name."""
    assert TOP <= set(doc), TOP - set(doc)
    assert isinstance(doc["score"], float) and isinstance(doc["execution_time"], float)
    assert doc["visibility"] in ("visible", "hidden", "after_due_date", "after_published")
    assert [t["name"] for t in doc["tests"]] == GROUPS
    for t in doc["tests"]:
        assert set(t) == TEST and t["status"] in ("passed", "failed") and 0 <= t["score"] <= t["max_score"]
        assert isinstance(t["output"], str) and t["output"]
        assert t["status"] == "failed" or t["score"] == t["max_score"]
    assert doc["score"] == pytest.approx(sum(t["score"] for t in doc["tests"]))
    assert doc["max_score"] == pytest.approx(sum(t["max_score"] for t in doc["tests"])) == 100
    return {t["name"]: t for t in doc["tests"]}


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """One warm batch over a correct file, four bugs, a crash and an unusable file: {name: Result}."""
    from tests.mutants.bugs import write_mutant

    d = tmp_path_factory.mktemp("class")
    (d / "good.py").write_text(BODY)
    for bug in ("no_batch_mean", "missing_relu_derivative", "gradient_ascent"):
        write_mutant(bug, d)
    (d / "crash.py").write_text(CRASH)
    (d / "unusable.py").write_text(UNUSABLE)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        params, x, y, real = load_inputs(None, None, None, steps=1)
    pool = d / "pool.npz"
    save_pool(pool, params, x, y, real)
    files = sorted(d.glob("*.py"))
    with WarmPool(pool, ["--steps", "1"], 2, 60.0) as judges:
        results = run_batch(files, pool, [], 2, 60.0, check=judges.check)
    return {Path(r.file).stem: r for r in results}


@pytest.mark.slow
def test_gradescope_full_partial_and_zero_scores(checked):
    rubric = load_rubric()
    good = valid_gradescope(gradescope(checked["good"], 3, rubric))
    assert all(t["status"] == "passed" for t in good.values())
    assert gradescope(checked["good"], 3, rubric)["score"] == 100

    doc = gradescope(checked["no_batch_mean"], 3, rubric)
    bad = valid_gradescope(doc)
    assert 0 < doc["score"] < 100
    w3 = bad["Gradient of w3"]
    assert w3["status"] == "failed" and w3["score"] == w3["max_score"] / 2  # scaled-gradient keeps half
    assert "scaled-gradient" in w3["output"] and "200" in w3["output"] and "Points: 4 of 8" in w3["output"]
    assert bad["Forward pass"]["status"] == "passed"
    trace = bad["Training steps (re-synced against the oracle)"]
    assert trace["status"] == "failed" and trace["visibility"] == "after_due_date"
    assert "Gradient of w3" in doc["output"] and "Training steps" not in doc["output"]  # hidden until the deadline

    for name, reason in (("crash", "crashed"), ("unusable", "could not be checked")):
        doc = gradescope(checked[name], 3, rubric)
        tests = valid_gradescope(doc)
        assert doc["score"] == 0 and all(t["status"] == "failed" for t in tests.values())
        assert reason in tests["The file loads and can be checked"]["output"]
    assert "backward" in valid_gradescope(gradescope(checked["unusable"], 3, rubric))[GROUPS[0]]["output"]


def test_rubric_credit_follows_the_diagnosis(checked):
    rubric = load_rubric()

    def kept(name):  # the share of its points a failed gradient group keeps
        tests = [t for t in gradescope(checked[name], 3, rubric)["tests"]
                 if t["name"].startswith("Gradient") and t["status"] == "failed"]
        assert tests
        return {t["score"] / t["max_score"] for t in tests}

    assert kept("no_batch_mean") == {0.5}  # scaled-gradient, factor 200
    assert kept("missing_relu_derivative") == {0.25}  # relu-gate loses more
    assert kept("gradient_ascent") == {0.25}  # scaled-gradient, factor -1: its own line in the rubric
    harsh = parse_rubric({"groups": {"gradients": {"points": 60}, "load": {"points": 40}},
                          "codes": {"scaled-gradient": {"deduct": 10}, "default": {"credit": 0.1}}})
    doc = gradescope(checked["no_batch_mean"], 3, harsh)
    assert doc["max_score"] == 100 and doc["score"] == 40  # 6 x max(0, 10 - 10) + load's 40
    relu = gradescope(checked["missing_relu_derivative"], 3, harsh)  # relu-gate unlisted: the default credit
    assert [t["score"] for t in relu["tests"] if t["status"] == "failed"][0] == 1.0
    assert gradescope(checked["no_batch_mean"], 3, rubric) == gradescope(checked["no_batch_mean"], 3, rubric)


def test_junit_one_suite_per_file_one_failure_per_failed_group(checked):
    names = ["good", "no_batch_mean", "crash"]
    root = ET.fromstring(junit([checked[n] for n in names], 3, load_rubric()))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [Path(s.get("name")).stem for s in suites] == names
    for s, name in zip(suites, names):
        cases = s.findall("testcase")
        assert [c.get("name") for c in cases] == GROUPS
        failed = [c for c in cases if c.find("failure") is not None]
        assert all(len(c.findall("failure")) == 1 for c in cases if c in failed)
        assert int(s.get("failures")) == len(failed) and int(s.get("tests")) == len(cases)
        props = {p.get("name"): p.get("value") for p in s.find("properties")}
        assert props["status"] == checked[name].status
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)
    good, bad, crash = suites
    assert not any(c.find("failure") is not None for c in good.findall("testcase"))
    bad_failures = {c.get("name"): c.find("failure") for c in bad.findall("testcase") if c.find("failure") is not None}
    assert bad_failures["Gradient of b1"].get("type") == "scaled-gradient"
    assert "factor 200" in bad_failures["Gradient of b1"].text or "200 x" in bad_failures["Gradient of b1"].text
    assert len(crash.findall("testcase/failure")) == len(GROUPS)


def test_a_file_xval_itself_failed_on_is_an_error_not_a_failure():
    """xval's own bug on a file: JUnit `<error>`s (CI tells them from the submission's failures), Gradescope
    score 0 with the reason saying it is no verdict on the submission."""
    from xval.reports.check.__main__ import xval_failed
    from xval.reports.check.formats import result_of

    try:
        raise KeyError("W9")
    except KeyError as exc:
        result = result_of(xval_failed("sub.py", exc), False)
    assert result.status == "error" and result.exit_code == 3 and result.csv["status"] == "error"
    root = ET.fromstring(junit([result], 3, load_rubric()))
    suite = root.find("testsuite")
    assert int(suite.get("errors")) == len(GROUPS) and suite.get("failures") == "0"
    assert root.get("errors") == str(len(GROUPS)) and root.get("failures") == "0"
    assert len(suite.findall("testcase/error")) == len(GROUPS) and not suite.findall("testcase/failure")
    doc = gradescope(result, 3, load_rubric())
    tests = valid_gradescope(doc)
    assert doc["score"] == 0 and "xval itself failed on this file" in tests[GROUPS[0]]["output"]
    assert "KeyError" in tests[GROUPS[0]]["output"]


def test_rubric_errors_name_the_key_and_the_fix(tmp_path):
    for text, match in (("[groups.forwrd]\npoints = 3\n", "unknown group 'forwrd'"),
                        ("[groups.load]\npoints = 1\n[codes.relu-gate]\ncredit = 2\n", "fraction between 0 and 1"),
                        ("[groups.load]\npoints = 1\n[codes.relu-gate]\ncredit = 0.5\ndeduct = 1\n", "not both"),
                        ("[groups.trace]\nvisibility = 'later'\n", "after_due_date"),
                        ("points = [", "not valid TOML"),
                        ("[groups.load]\npoints = 0\n[groups.forward]\npoints = 0\n[groups.gradients]\npoints = 0\n"
                         "[groups.update]\npoints = 0\n[groups.helpers]\npoints = 0\n[groups.trace]\npoints = 0\n",
                         "add up to 0")):
        path = tmp_path / "r.toml"
        path.write_text(text)
        with pytest.raises(InputError, match=match):
            load_rubric(path)
    with pytest.raises(InputError, match="cannot read"):
        load_rubric(tmp_path / "missing.toml")


@pytest.mark.slow
def test_gradescope_cli_full_score_and_hang_scores_zero(tmp_path, xval):
    good, hang = tmp_path / "good.py", tmp_path / "hang.py"
    good.write_text(BODY)
    hang.write_text(HANG)
    out = tmp_path / "results" / "results.json"
    code, stdout, _ = xval("check", good, "--format", "gradescope", "-o", out, "--steps", "1")
    assert code == 0 and stdout == ""
    doc = json.loads(out.read_text())
    assert valid_gradescope(doc) and doc["score"] == 100
    code, _, _ = xval("check", hang, "--format", "gradescope", "-o", out, "--steps", "1", "--timeout", "3")
    doc = json.loads(out.read_text())
    tests = valid_gradescope(doc)
    assert code == 1 and doc["score"] == 0
    assert "did not finish in time" in tests[GROUPS[0]]["output"]
    assert list(tmp_path.glob("results/.*")) == []  # the atomic write left no temporary file


def test_format_conflicts_and_gradescope_needs_one_file(tmp_path, xval):
    (tmp_path / "a.py").write_text(BODY)
    (tmp_path / "b.py").write_text(BODY)
    code, _, err = xval("check", tmp_path, "--format", "gradescope")
    assert code == 2 and "one submission" in err
    code, _, err = xval("check", tmp_path / "a.py", "--json", "--format", "junit")
    assert code == 2 and "two formats" in err


@pytest.mark.slow
def test_batch_appends_rows_resumes_and_scores_with_a_rubric(tmp_path, xval):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "a_good.py").write_text(BODY)
    (subs / "b_unusable.py").write_text(UNUSABLE)
    out_csv, xml = tmp_path / "r.csv", tmp_path / "r.xml"
    rubric = tmp_path / "rubric.toml"
    rubric.write_text("[groups.load]\npoints = 1\n[groups.forward]\npoints = 1\n")
    code, _, err = xval("check", subs, "--steps", "1", "--csv", out_csv, "--format", "junit", "-o", xml,
                        "--rubric", rubric)
    assert code == 1 and "2 submission(s)" in err
    rows = list(csv.DictReader(out_csv.open()))
    assert [(Path(r["file"]).name, r["score"], r["max_score"]) for r in rows] == [
        ("a_good.py", "2", "2"), ("b_unusable.py", "0", "2")]
    journal = [json.loads(line) for line in Path(f"{xml}.jsonl").read_text().splitlines()]
    assert sorted(Path(j["file"]).name for j in journal) == ["a_good.py", "b_unusable.py"]

    (subs / "c_crash.py").write_text(CRASH)
    code, _, err = xval("check", subs, "--steps", "1", "--csv", out_csv, "--format", "junit", "-o", xml,
                        "--rubric", rubric, "--resume")
    assert "1 submission(s) (2 done before, kept)" in err and "[1/1]" in err
    rows = list(csv.DictReader(out_csv.open()))
    assert [(Path(r["file"]).name, r["status"]) for r in rows] == [
        ("a_good.py", "ok"), ("b_unusable.py", "unusable"), ("c_crash.py", "crashed")]
    suites = ET.parse(xml).getroot().findall("testsuite")
    assert [Path(s.get("name")).name for s in suites] == ["a_good.py", "b_unusable.py", "c_crash.py"]

    # an interrupted run: only some rows made it to the CSV; --resume checks the rest
    out_csv.write_text(out_csv.read_text().splitlines(keepends=True)[0] + "".join(
        out_csv.read_text().splitlines(keepends=True)[1:2]))
    code, _, err = xval("check", subs, "--steps", "1", "--csv", out_csv, "--resume")
    assert "2 submission(s) (1 done before, kept)" in err
    assert len(list(csv.DictReader(out_csv.open()))) == 3


@pytest.mark.slow
def test_dask_cluster_gives_the_rows_of_jobs_2(tmp_path, xval):
    distributed = pytest.importorskip("distributed")
    from tests.mutants.bugs import write_mutant

    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "good.py").write_text(BODY)
    write_mutant("no_batch_mean", subs)
    (subs / "unusable.py").write_text(UNUSABLE)
    (subs / "crash.py").write_text(CRASH)
    local, remote = tmp_path / "jobs.csv", tmp_path / "dask.csv"
    xval("check", subs, "--steps", "1", "--jobs", "2", "--csv", local, "--rubric", load_rubric().source)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        code, _, err = xval("check", subs, "--steps", "1", "--dask", c.scheduler_address, "--csv", remote,
                            "--rubric", load_rubric().source)
    assert code == 1 and "on the Dask cluster" in err

    def rows(path):
        return [{k: v for k, v in r.items() if k != "seconds"} for r in csv.DictReader(path.open())]

    assert rows(remote) == rows(local)
    assert [r["status"] for r in rows(remote)] == ["crashed", "ok", "mismatch", "unusable"]


def test_each_result_is_on_disk_before_the_run_ends(tmp_path, checked):
    from xval.reports.check.outputs import Outputs

    out = Outputs("junit", str(tmp_path / "r.xml"), str(tmp_path / "r.csv"), load_rubric(), 3)
    out.start([])
    out.add(checked["good"])
    rows = list(csv.DictReader((tmp_path / "r.csv").open()))
    assert [r["status"] for r in rows] == ["ok"] and rows[0]["score"] == "100"
    assert json.loads((tmp_path / "r.xml.jsonl").read_text())["status"] == "ok"
    assert not (tmp_path / "r.xml").exists()  # the final file comes whole, at the end
    out.add(checked["crash"])
    out.finish([checked["crash"], checked["good"]])
    assert [r["status"] for r in csv.DictReader((tmp_path / "r.csv").open())] == ["crashed", "ok"]
    assert len(ET.parse(tmp_path / "r.xml").getroot().findall("testsuite")) == 2


def test_progress_bar_on_a_terminal_shows_count_and_time_left():
    import io

    from xval.reports.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    bar = Progress(4, "xval check", stream=stream)
    bar.update(4)
    assert "4/4" in stream.getvalue() and "left" in stream.getvalue()
    silent = io.StringIO()
    Progress(4, "xval check", stream=silent).update(4)
    assert silent.getvalue() == ""  # not a terminal: the per-file lines are printed instead


def test_a_message_cut_on_a_short_copy_and_renamed_is_cut_as_on_the_original():
    """Dask checks a copy at a short temporary path and puts the original name back: its CSV cell is cut again
    (cluster.check_remote), which gives the --jobs cell exactly, since a cut is a prefix cut at a word."""
    from xval.reports.check.report import CSV_CELL, shorten

    tail = " ".join(f"word{i}" for i in range(400))
    short, long = "/tmp/x/sub.py", "/very/long/original/path/of/a/course/submission/folder/sub.py"
    on_copy = shorten(f"{short}: no interface. {tail} see {short}")
    renamed = on_copy.replace(short, long)
    assert len(renamed) > CSV_CELL  # without the second cut the two rows differ
    assert shorten(renamed) == shorten(f"{long}: no interface. {tail} see {long}")
