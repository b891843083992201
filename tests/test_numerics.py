"""tests/numerics.py, behind `make test-numerics` and `make numerics-report`: its pure parts.

Running the perturbations themselves is `make test-numerics` (CI runs it after `make test`).
"""

import pytest

from tests import numerics


def test_each_perturbation_sets_variables_the_libraries_read():
    read_at_load = {
        "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS", "TF_ENABLE_ONEDNN_OPTS", "ONEDNN_MAX_CPU_ISA",
        "OPENBLAS_CORETYPE",
    }  # fmt: skip
    assert len(numerics.PERTURBATIONS) >= 5
    for name, settings in numerics.PERTURBATIONS.items():
        assert settings and set(settings) <= read_at_load, name
        env = numerics.environment(name)
        assert all(env[key] == value for key, value in settings.items())


def test_the_issue_s_perturbations_are_all_there():
    settings = list(numerics.PERTURBATIONS.values())
    assert {"TF_NUM_INTRAOP_THREADS": "1"}.items() <= settings[0].items()
    assert any(s.get("TF_ENABLE_ONEDNN_OPTS") == "1" for s in settings)
    assert any("OPENBLAS_CORETYPE" in s for s in settings)
    assert any(s.get("ONEDNN_MAX_CPU_ISA") == "AVX" for s in settings)


def test_an_unknown_perturbation_is_named_in_the_error():
    with pytest.raises(SystemExit, match="unknown perturbation 'gpu'; choose from tf-threads-1"):
        numerics.main(["gpu", "--", "notebooks"])


def test_tests_need_pytest_arguments(capsys):
    with pytest.raises(SystemExit):
        numerics.main(["cpu-avx"])
    assert "give the pytest arguments after --" in capsys.readouterr().err


def test_the_report_tells_trained_numbers_from_other_changes():
    here = [(3, "R^2 ≈0.929, 361 parameters"), (3, "largest difference: 2.0e-07"), (4, "same")]
    there = [(3, "R^2 ≈0.930, 361 parameters"), (3, "largest difference: 2.3e-07"), (4, "same")]
    rows = numerics.moved_lines("cpu-avx", "05_lstm_and_gru", here, there)
    assert rows == [
        "| cpu-avx | 05_lstm_and_gru | 3 | `R^2 ≈0.929, 361 parameters` | "
        "`R^2 ≈0.930, 361 parameters` | yes |",
        "| cpu-avx | 05_lstm_and_gru | 3 | `largest difference: 2.0e-07` | "
        "`largest difference: 2.3e-07` | **no** |",
    ]
    extra = numerics.moved_lines("onednn-on", "02", here, [(1, "[stderr] notice"), *here])
    assert extra == ["| onednn-on | 02 | 1 | (none) | `[stderr] notice` | **no** |"]
