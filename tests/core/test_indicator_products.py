"""The product lexicon: bare product names stand for their output."""

from reader.core.indicator_products import output_name, output_names


def test_every_product_names_an_output() -> None:
    """Each entry of resources/products.txt maps to a measure name, 产量 unless given."""
    names = output_names()
    assert len(names) > 50
    assert names["钢"] == "钢产量"
    assert names["电力"] == "发电量"
    assert all(output.endswith("量") for output in names.values())


def test_capacity_and_non_products() -> None:
    """A capacity lead names the capacity; words that are no product get no output."""
    assert output_name("水泥", capacity=True) == "水泥生产能力"
    assert output_name("人口") == ""
    assert output_name("投资") == ""
