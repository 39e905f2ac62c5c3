"""Text-dump extraction (a browser's innerText of a page): one module per job.

    lines        split the dump into lines with their features (length, stopwords, punctuation)
    furniture    what page furniture looks like (UI lines, promos, credits, relative times)
    repeated     lines that repeat across many pages of one run
    region       where the article body is (the densest run of prose)
    headings     run-in subheadings glued to a paragraph's end; standalone subheadings
    related      related-article blocks and the articles they carry in full
    cleanup      promo tails and glued link titles out of a pasted full text
    meta         title, byline, date, site name and canonical URL around the body
"""
