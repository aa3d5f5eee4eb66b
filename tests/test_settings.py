"""Settings: the corpora location is one field, from ZIYARAT_CORPORA or beside the repository."""
from pathlib import Path

from ziyarat.settings import REPO_ROOT, Settings


def test_corpora_default_to_the_shared_folder_beside_the_repository(monkeypatch):
    monkeypatch.delenv("ZIYARAT_CORPORA", raising=False)
    assert Settings().corpora_dir == REPO_ROOT.parent / "shared" / "corpora"
    assert Settings().corpus("saudinewsnet") == REPO_ROOT.parent / "shared" / "corpora" / "saudinewsnet"
    assert (REPO_ROOT / "ziyarat" / "settings.py").is_file()  # REPO_ROOT is the checkout


def test_ziyarat_corpora_moves_them(monkeypatch, tmp_path):
    monkeypatch.setenv("ZIYARAT_CORPORA", str(tmp_path))
    assert Settings().corpus("saudinewsnet") == Path(tmp_path) / "saudinewsnet"
    assert Settings(corpora_dir=Path("/elsewhere")).corpus("x") == Path("/elsewhere/x")
