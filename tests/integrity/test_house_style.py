from dateline.integrity._text import paragraphs
from dateline.integrity.house_style import bare_surnames, style_clashes

ARTICLE = (
    "Mayor Ann Ruiz opened the bridge on Monday.\n\n"
    "“It took years,” Ms. Ruiz told the crowd, adding that the city’s budget paid for it.\n\n"
    "The bridge cost 12 percent more than planned, Ms. Ruiz’s office said.\n\n"
    "“It’s ours,” one resident said of the 3 percent toll.\n\n"
    'Senator Jo Park said "we\'re proud" of the 5% rise in U.S. steel orders, and Ruiz agreed.'
)


def test_pasted_paragraph_keeps_its_own_typography():
    paras = paragraphs(ARTICLE)
    assert [style_clashes(ARTICLE, paras, k) for k in range(4)] == [[], [], [], []]
    clashes = style_clashes(ARTICLE, paras, 4)
    assert {"quotation marks", "apostrophe", "percent"} <= set(clashes)


def test_bare_surname_where_the_rest_uses_an_honorific():
    paras = paragraphs(ARTICLE)
    assert bare_surnames(ARTICLE, paras, 4) == 1
    assert bare_surnames(ARTICLE, paras, 2) == 0
