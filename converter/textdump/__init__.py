"""Text-dump extraction (a browser's innerText of a page): one module per job.

    lines        split the dump into lines with their features (length, stopwords, punctuation)
    furniture    what page furniture looks like (UI lines, promos, credits, relative times)
    repeated     lines that repeat across many pages of one run, or sit between other lines on several
    region       where the article body is (the densest run of prose)
    headings     run-in subheadings glued to a paragraph's end; standalone subheadings
    related      related-article blocks and the articles they carry in full
    marked       lists shaped as lists (numbered, bulleted, titles over meta lines alike) and their entries
    credit_lines lines crediting someone other than the writer (a sponsor, a publisher's chip)
    cleanup      promo tails and glued link titles out of a pasted full text
    pieces       a carried story pasted on one line, cut back into its sentences and glued widgets
    prompts      the shapes of lines that talk to the reader (a price per period, a call, the site's name)
    meta         title, byline, date, site name and canonical URL around the body

Learned decisions (features here, weights in converter/models/textdump_*.json, training in
train/textdump_train.py; `python -m converter.textdump.explain PAGE.txt` shows them on a page):

    walls        short lines heading a list of other articles, in wordings related.py does not know
    runs         which run of prose between list headings is the article
    title        which line above the body is the headline
    byline       which line is the byline, names read by its shape
    bodyline     which lines inside the body run are furniture after all
    listing      which lines after the body are titles of other articles
    model        the linear models: load, score, explain
"""
