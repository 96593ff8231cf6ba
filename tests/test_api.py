from newsprism import analyze
from newsprism.models import Analysis, Article


def test_python_api_returns_the_data_model(examples_dir):
    result = analyze(examples_dir)
    assert isinstance(result, Analysis)
    assert len(result.articles) == 11 and all(isinstance(a, Article) for a in result.articles)
    assert result.ingest.errors == []
    d = result.to_dict()
    assert d["articles"][0]["text"] == result.articles[0].text


def test_python_api_single_file_and_persistent_db(tmp_path, examples_dir):
    db = str(tmp_path / "api.db")
    one = analyze(examples_dir / "riverside-post" / "feed.rss", db=db)
    assert len(one.articles) == 3
    again = analyze([examples_dir / "riverside-post"], db=db)
    assert again.ingest.added == 0 and again.ingest.duplicates == 3
    assert [a.id for a in again.articles] == [a.id for a in one.articles]
