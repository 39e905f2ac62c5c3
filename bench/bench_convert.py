"""Benchmark: whole-folder conversion speed, the unchanged re-run, and peak memory.

    python bench/bench_convert.py [--shared ../shared] [--pages 2000] [--jobs N] [--only text|html] [--repeat N]
                                  [--keep FOLDER] [--profile-only]

Builds two folders of PAGES distinct pages each (text dumps, and saved HTML) from the shared corpus
(SHARED/corpus/scrapinghub/text and html). Every copy gets a title, a canonical URL and a paragraph of
its own, so deduplication keeps it as its own article (a corpus page whose copies would still come out
alike is left out: 3 HTML pages and 1 text dump, whose 87 and 29 copies had been merged). Then prints,
figures only (nothing asserted):

- pages per second with --jobs 1 and with all cores, for text dumps and for HTML separately;
- trafilatura's single-process `extract()` rate on the same HTML pages, and ours as a ratio of it;
- the time of a second, unchanged run as a fraction of the first;
- peak memory (resident set size of this process, and of the largest converter process: each timed
  run is a fresh `convert_tree` in a subprocess, with its workers);
- a cProfile of one HTML page's conversion: where the time goes.

Targets (issue 14) on a 2-core machine: HTML with --jobs 2 at least 2.0x trafilatura's single-process
`extract()` rate, and at least 1.7x our --jobs 1; text dumps at least 500 pages/s with --jobs 2; the
unchanged re-run under 2% of the first; peak memory under 500 MB. --start-methods fork,forkserver also
times --jobs N with the workers started by forkserver (Python 3.14's Linux default; we set fork).

Every timed run is `converter convert` in a fresh process, timed from start to exit, interleaved with
trafilatura's own run (ours --jobs 1, ours --jobs N, trafilatura, then again), so a machine that gets
busier for a while slows every contender alike; each run is printed, the median of --repeat N is used,
and the load average is printed before and after. On a shared machine identical runs still differ by
10-20%: quote medians, with the load. Creating files is part of every run, so where the work folder
lives matters too: on ext4 without a journal, a folder whose disk area had thousands of files deleted
in the last minutes makes every new file slower (--keep FOLDER puts it elsewhere).

Where an HTML page's time goes (py-spy, sampling, over the workers; and per stage with process time,
300 of the bench's pages, one process; milliseconds of CPU per page, load average ~6 so inflated alike):

    main content (html/content.py + fallback.py)  13.3   trafilatura's fast path ~11, its full cascade
                                                         on doubtful pages, readability on a few
    Markdown (markdown.py: lxml -> bs4 graft, then markdownify)    2.5
    metadata (html/metadata.py; htmldate on a third of pages)      2.5
    related-links blocks (html/related.py)                         1.9
    parse (lxml)                                                   1.3
    recover dropped blocks, clean the fragment                     1.8
    the rest (captions, prefilter, record cleaning, pipeline)      1.4
                                                          total ~24.7

Inside trafilatura's fast path, its XPath pruning of the raw tree (`prune_unwanted_nodes`) and tree
copies are a third of its time; it serialises its result as HTML, which our later steps parse again.
So trafilatura alone is about half of our page, and the other half is the steps that make our output
better than its (metadata, related links, recovered blocks, furniture, Markdown). Per page we do about
1.4x the CPU work of trafilatura's own `extract()` (which runs its full cascade, readability and jusText
included, on every page): with two workers we reach ~1.4x its single-process rate, not 2.0x. Reaching
2.0x would need our half to cost nearly nothing, or trafilatura's work to be done inside our own single
pass over the tree: not done (see the issue's closing note).

Figures of 30 November 2026 (`--pages 2000 --repeat 3 --start-methods fork,forkserver`, quiet machine,
load average 0.6 before and 1.3 after): HTML --jobs 1 33.2, --jobs 2 59.5, trafilatura 46.9 pages/s
(medians; ours / trafilatura 1.27x, --jobs 2 / --jobs 1 1.79x); forkserver / fork 1.015 (HTML) and 0.963
(text); text dumps --jobs 1 63.1, --jobs 2 117.3 pages/s (the learned text-dump decisions cost a dump
~13 ms of CPU; the issue's 500 is not met); unchanged re-run 0.8% (HTML) and 2.3% (text) of the first;
peak 153 MB.

Figures at the end of the next stop (`--pages 2000 --repeat 3 --start-methods fork,forkserver`, quiet
machine, load 2.1 before and 1.4 after; the machine ran trafilatura at 54-58 pages/s, faster than in the
run above): HTML --jobs 1 42.8, --jobs 2 81.3, trafilatura 56.0 pages/s (ours / trafilatura 1.45x,
--jobs 2 / --jobs 1 1.90x); text dumps --jobs 1 116, --jobs 2 217 pages/s (per-line memos in the text
extractor, see CHANGELOG; the 500 is not met: a dump still costs ~8 ms of CPU in about a dozen learned
decisions, each a few percent); forkserver / fork 0.958 (HTML), 0.977 (text); unchanged re-run 1.0%
(HTML) and 2.1-2.2% (text: 0.17-0.23 s against a 9.2 s first run; interpreter start and imports are
~0.1 s of it); peak 153 MB.

The stop after (same command, quiet machine, load 1.5 to 2.0, trafilatura at 60.2 pages/s): HTML
--jobs 1 40.3, --jobs 2 78.5 (ours / trafilatura 1.30x, --jobs 2 / --jobs 1 1.95x); text --jobs 1 117,
--jobs 2 195 pages/s; forkserver / fork 0.975 (both); unchanged re-run 0.8% (HTML), 1.7% (text); peak
200 MB. The HTML quality pass of that stop (a second opinion from readability on pages that kept their
layout, loose text put back) costs about 10% of the CPU of the corpus pages (process time of each page,
both trees side by side: 1.46 s against 1.34 s for the 65 pages, most of it on four pages); reading each
page once (the survey converts HTML pages) measured no change beside it (run time of the bench's 2,000
pages with --jobs 2, alternated: text 8.9 and 10.6 s against 9.1 and 10.5 s, HTML 26.5 and 28.5 s
against 26.5 and 28.2 s).

CPU of an HTML page, this stop (process time of one process over the corpus HTML, scrapinghub 65 pages,
naeb 114, wceb-train 550; each page converted by the old and the new tree in turn in the same process,
order alternated, median of 3; load average ~6, so inflated alike; two runs): scrapinghub 30.8 -> 28.7
and 25.9 -> 23.5 ms (-7%, -10%), naeb 37.0 -> 35.8 and 35.8 -> 33.8 (-3%, -6%), wceb-train 32.3 -> 30.1
and 32.3 -> 30.3 (-7%, -6%); output byte for byte the same on all three sets. Work done twice or wide,
removed: reader-comment sections checked against those already taken one by one (a forum's thousands
of posts: 2.1 -> 0.7 ms a wceb-train page); related-block labels read from the last element up, so the
text of a container too long for a label is never read (0.95 -> 0.65);
the Markdown soup built in document order with its links set directly, not through Tag.append
(0.73 -> 0.47); readability given a copy of the tree instead of its HTML to parse again (1-1.5 ms less
a run of ~15); the main content's HTML parsed once a string for the steps that only read it, copied for
those that change it (a fragment was parsed ~8 times a page: 0.36 -> 0.13 ms); the byline markup read
once a page, and the page's paragraph words counted for related blocks only when a page has a label.
Where the time goes now (same stage timer, ms a page, scrapinghub / naeb / wceb-train,
load ~6): main content 16 / 21 / 21 (trafilatura 12 / 13 / 13, readability 2.3 / 2.8 / 3.9: library
code, run as the options ask), metadata 2.8 / 3.5 / 13.5 (htmldate's extensive search, 9 ms a
wceb-train page on a first pass and 1.4 on a second over the same pages in the same process: mostly
dateparser, whose first call in a process compiles its languages' patterns, 1.7 s for one string no
language reads, and each later call 10-30 ms; htmldate's own memo of the strings is part of the drop),
Markdown 2.0 / 2.7 / 1.7 (markdownify itself ~1.2), related links 1.7 / 2.2 / 1.2, parse 1.2 / 2.2 / 0.9,
recovery and cleanup ~2.
Tried and left: XPath to preselect the metadata's byline and dateline elements (slower than lxml's
iter by tag), an XPath for cap_tree's crowded elements (no faster), and a memo of recover.py's text keys
(a page's paragraphs and the extractor's copies differ in white space: 6% of that step). Not tried:
skipping readability's second opinion by the learned chooser's confidence (output identity first).

Why two workers once did not beat one: the old bench timed --jobs 2 right after --jobs 1 had deleted
thousands of files in the same folder (ext4 without a journal then walks the recently deleted inodes on
every create), and its main process did the writing between chunks. Workers now render and the main
process writes; timed as a user runs it, --jobs 2 is 1.8x --jobs 1 (600 pages, quiet machine).
The second read of each page (the survey reads, hashes and decodes it; conversion reads and decodes it
again) is 0.4 ms of a 23 ms HTML page (1.8%) and 0.06 ms of a text dump: under the 2% a speed trick must
save to be worth its code, so both stages read the file.

HTML, the stop after (issue 14's shared work; no bench run: four sessions shared the 2 cores). trafilatura's
precision runs (the fast path on every page, the full cascade on doubtful ones) now go through its own stage
functions (html/precise.py; trafilatura 2.3.1 only, any other version runs bare_extraction). Its three XPath
prunes (infinite-scroll and share containers on the raw tree, reader-comment sections on the raw and on the
cleaned tree) test ids and classes with EXSLT re:test, which calls back into Python for every div, section and
list: about 9% of a Scrapinghub page. Each can match only an id or class holding one of a few strings, and
trafilatura writes none, so a prune is left out where the page's ids and classes (read by two paths,
~0.05-0.15 ms) hold none of its strings: 54 of 65 Scrapinghub pages, 97 of 114 NAEB and 445 of 550 wceb-train
need neither prune, the others run only theirs. The fast path makes one tree copy where bare_extraction made
three, and the full cascade takes the fast run's main extraction (extract_content reads the fast flag only in
its teaser rule; shared on pages with no id or class naming a teaser) and runs only the comparison with
readability and jusText. CPU of an HTML page (process time; each page converted by the old and the new tree in
turn in one process, both packages loaded side by side, order alternated page by page, GC set as the workers
set it, medians of 3 passes after a warm pass; load ~4): scrapinghub 23.5 -> 21.3 ms (-9.6%), naeb 34.5 ->
30.6 (-11.3%), wceb-train 29.8 -> 26.3 (-11.8%); output byte for byte the same on all three sets (`converter
convert SET OUT --jobs 1`, `diff -r`). Per trick: the prunes left out and the copies -7.9 / -10.2 / -6.9%
(scrapinghub / naeb / wceb-train, paired as above, with the prunes' pages still going through
bare_extraction), the shared extraction -1.3 / -4.2 / -3.1% (same order; a tenth of Scrapinghub's pages go on
to the full cascade, a sixth of wceb-train's). Tried and dropped: word counts by `subn` rather than
len(findall) (twice as fast alone; +2.1 / -1.0 / -0.2% of a page), parsing the page as UTF-8 bytes (no
faster). Left: trafilatura's balanced full run (the fallback's second candidate) staged the same way (its
prunes are 0.3-0.7% of a page; its cost is the jusText and readability inside its escalation), readability
handed our tree uncopied when nothing in it is hidden (~0.3%). Where a Scrapinghub page's time goes now
(py-spy): trafilatura's precision runs 23%, its balanced run (fallback) 7%, readability 8%, metadata 12%,
parse 6%, Markdown 7%, the rest our own steps, none over 3%. At -10% CPU a page the last quiet figures (1.40x
trafilatura with --jobs 2) would become about 1.55x: the 2.0x target is not met.

HTML, the stop after (issue 14: skip what cannot change the result; no bench run, load average 11 to 19).
Counted per page over the bench's first 300 pages (65 distinct, so each ~4.6 times) and the corpus sets,
runs / pages whose output it changed, 300-page bench, scrapinghub, naeb, wceb-train: trafilatura's full
precision cascade 32/10, 5/2, 10/3, 90/33; readability after it 10/5, 2/1, 4/1, 42/9; the fallback (the
balanced run, 17-22 ms, and readability) 5/5, 5/3, 2/2, 45/29; the link/layout second opinion
(readability) 35/5, 11/1, 15/1, 177/78; recovered blocks 300/4, 65/2, 114/5, 550/9; recovered lines
300/0, 65/0, 114/0, 550/9. An exact bound on a candidate's length (no extractor returns more words than
the page holds) would have spared the fallback on 1 of wceb-train's 45 pages and readability after the
cascade on 1 of 42, on no news page: the pages that ask are those whose result is short beside the page.
The second opinion's three ways to win each read readability's own version (ours without its link
blocks, more of it in paragraphs, no table), and no test of our result alone rules all three out. So
what was skipped is our own counting: a result that is not doubtful is not tested again, trim.Linked
counts words only for the paragraph tests (a result with no table and few links needs them only when
readability runs), and html.lines passes over a holder whose lines cannot reach KEPT_WORDS, or hold no
line long enough to put back, before making any 4-word runs. CPU of an HTML page (process time, the old
and new trees side by side in one process, order alternated page by page, GC as the workers set it; medians
of 5 passes on the bench pages, 3 on the sets; identical trees measure +0.4% this way): 300 bench pages
12.77 -> 12.26 ms (-4.0%; the counting -2.2 to -2.9%, the lines -1.1 to -1.9%), scrapinghub 12.11 -> 11.63
(-4.0%), naeb 18.27 -> 17.88 (-2.2%, passes -2.2 to -5.5%), wceb-train 20.11 -> 19.80 (-1.5%); `converter
convert -j 1 --page-timeout 0` over the 300 pages, /usr/bin/time user+sys, main and this tree alternated 4
times: 4.90 -> 4.80 s (medians, start-up included). Output byte for byte the same (the three HTML sets
and the bench's 2,000 pages, `diff -r`).
Left, each under 2% of a page by the stage timer (not built): the date-class test memoised per pattern
(the Pattern's hash is recomputed at each look-up; 0.06 ms of the dateline loop's 0.4), no backup copy of
the cleaned tree on pages that are not doubtful (0.13 ms a page, for ~0.4 ms more on each doubtful page),
`document_ends_dropped`'s scan of the page (0.09 ms), recover.py's neighbour keys taken from its table of
paragraph keys (a few of ~55 keys a page).

Text dumps, the stop after that (no bench run: the machine was shared by four sessions). CPU of the text
extractor alone, `convert_text` over the 239 dumps of scrapinghub, naeb and aggregator in one process, the
rules' caches emptied before each pass, the two trees alternated three times, medians of five passes each:
8.66, 8.75, 8.74 ms of process time per dump before, 7.50, 7.84, 7.56 after (-13.5%, load 2.3, with two tricks
since dropped, below); counted
in instructions (valgrind, 40 of the dumps, two passes, start-up subtracted) 59.9 M per dump before and
50.8 M after: -15.1%. Output byte-identical (text corpus sets, the seed, the HTML corpus). What moved it,
in instructions of a pass: a year required before the date patterns run, the furniture rule kept on the line,
sharper clues before three rules (an action word at a line's start, a caption's closing bracket at its end,
no cut for a name line without a separator) and the walls' card test before the name test (together -12%);
the relative time kept on the line and ruled out by its words (-0.8%); the folded patterns held by name
(-1.5%: a Pattern's hash is recomputed from its compiled code at each dict lookup, a microsecond for these);
a stripped line taken as collapsed when it holds no two spaces in a row and no other white space (-0.7%);
title_case's initials filtered in C (-0.2%).
Tried and dropped: the headline model's products kept per line across the candidate runs (+3%: more work
than the dict it saved), a per-page memo of the credit lines under a candidate headline (no change), the
listing decision's neighbour shapes kept per page (-0.8%), the promo clues as one search (-0.25%), no
joined words when the folder repeats no line (-0.3%): under the 2% a trick must save to keep its code.
Where a dump's time goes now (py-spy over the same loop): reading the page 33% (lines and their words 20%,
of it the language vote 9%; furniture rules 7%; list headings and walls 5%), choosing the body run 15% (the
headline model above every candidate run), related links and carried texts 19%, the body-line decision 11%,
the byline 9%, the headline 4%. Issue 10's 340 pages/s and issue 14's 500 need the CPU per dump about
halved again: no step holds more than a tenth, so it takes the features of all the decisions computed in
one pass per line, not more prefilters.

Text dumps, the stop after (no bench run: five sessions shared the 2 cores, load average 5 to 7). What a
line's neighbours are is now worked out once a page, each line tested once, and the decisions read running
counts instead of asking each neighbour again for every candidate beside it: the walls' card-below window
(two flags a line), the listing's titles and markers around a line, the headline's alike neighbours, the
byline's menu context, the body-line decision's prompt-like and short neighbours; a line's credit test
(byline, date, time stamp) kept a page for the four candidate headlines above it; a line's entry score kept
a page (the cards under list headings and the search for entries score the same titles); and cheap tests
before searches (a comma or bar before the credit test's role words, the nav test's word count before its
content marks and its case test, separators before the card-marker test, no split of a paragraph to count
past 8 or 16 words or to read its first 8). Measured on the 240 dumps of naeb, scrapinghub, aggregator and
the seed, in one process, the rules' caches emptied before each pass, GC set as the workers set it
(`gc.freeze()`, thresholds 20,000/50/50), the old and new trees alternated:

    instructions (valgrind --tool=callgrind, one pass minus the start-up and loading of a run with none):
        57.4 M per dump before, 53.5 M after (-6.9%)
    process time, 5 alternations x 3 passes, medians (load 5 to 7):     8.42 -> 8.02 ms per dump (-4.8%)
    the bench's own pages (400 copies of the 65 scrapinghub dumps, built by `build`; the caches kept
    within a pass, as a worker keeps them), 4 alternations x 2 passes:  6.84 -> 6.22 ms per dump (-9.1%)

Output byte-identical: `extract_text` on those sets and wceb-train's 549 dumps, and `converter convert` of
each set (`diff -r`). Measured and left, each no faster: the language vote as counts of distinct words (its
cost is the look-up of each word in the 20,000-word table of all languages, out of the CPU's caches, not
the sums), the stopword count by filter or countOf, the digit count by a pattern or translate, title_case by
a pattern, the promo clues by any(map(...)), the model's dot product through itemgetter, a Line built
without its __init__: the per-line primitives are at their floor. What is left is ~160 model scorings a
page (the headline model over the lines above each candidate run and the title window, the body-line model
over the kept lines, the listing model over every line after the body, the byline model), each building a
dict of 17 to 45 named features, and the first computation of each line's predicates (furniture, credits,
dates, names, list headings). py-spy, same loop: reading the page 33% (lines and words 17%, of it the
language vote 7%; furniture 8%), the body-line decision 15%, the headline model 12% (9% of it scoring the
lines above candidate runs), the byline 10%, choosing the run 13%, related links and carried texts 18%.
Not done, for the next stop: the features written without a float() around each (a call per feature, an
estimated 3%: every feature line of the decision modules changes, so after the decision work merges); the
list-heading kind kept on the Line (some 400 asks a page, ~1%). Issue 10's 340 and issue 14's 500 pages/s
stay unmet.

The quiet run at the end of that stop (no other work; load average 0.4 before, 1.5-2.2 the run's own), after
the stop's extraction changes merged too, `--pages 2000 --repeat 3 --start-methods fork,forkserver`: text
j1 136.7 pages/s (133.8-141.7), j2 226.4 (224.6-230.5; stop 19: 194.9), j2 forkserver 224.8; unchanged
re-run 1.5%. HTML j1 43.0 (41.7-44.1), j2 86.6 (83.9-86.8; stop 19: 78.5), j2 forkserver 82.0, trafilatura
62.0 (61.1-62.9): 1.40x trafilatura with --jobs 2 (target 2.0x), j2 / j1 2.01x (target 1.7x), re-run 0.8%,
peak 199 MB. Unmet: text 500 (issue 14) and 340 (issue 10), HTML 2.0x.

Text dumps, the stop after (stop 22; no bench run: four sessions shared the 2 cores, load average 2 to 5,
so every figure below is process time or instructions, never wall clock). The bench's 2,000 text pages
(built by `build` into a folder of their own), each run `converter convert RAW OUT --jobs N` in a fresh
process into a fresh output folder, CPU read with resource.getrusage (RUSAGE_SELF for the main process,
RUSAGE_CHILDREN for its workers), median of 3:

    --jobs 2   main 1.77 s user + 0.33 s sys, workers 12.91 + 0.16: 15.25 s, 7.6 ms of CPU a page
    --jobs 1   main 2.11 + 0.41 (it renders the YAML itself), worker 12.82 + 0.15: 15.45 s

So with two quiet cores and no core ever idle, --jobs 2 could reach 2000 / (15.25 / 2) = 262 pages/s;
the bench's 226 (8.85 s; on the quiet machine the CPU was 14.6 s, main 1.74 + 0.37, workers 12.5) loses
1.2-1.5 s to the stretches where a core has nothing to do (start-up: 0.45 s of imports and language tables
before any worker runs; the plan between survey and conversion; the last chunk of 32 dumps, up to 0.2 s;
the main process's writing, which the workers' rendering does not fill). Issue 10's 340 needs <= 5.9 ms of
CPU a page in all processes, issue 14's 500 <= 4.0 ms: the run cannot get there by moving work between
processes, only by doing less of it (three processes on two cores: every phase is CPU-bound).

Where the CPU of a page goes (process time, one process, `--jobs 1 --page-timeout 0` over the same 2,000
pages, each stage's functions wrapped): extraction 5.4 ms; survey 0.50 (normalizing the lines for the folder
count 0.37; reading, key, decoding, detection 0.08 together); the main process counting the folder's lines and
their shapes 0.30 (`RepeatedLines.add`, shapes 0.19 of it); the cache entry encoded 0.17; YAML rendering 0.12;
the cache insert 0.09; writing the file 0.07 (0.3-0.5 when thousands of files were deleted on the disk minutes
before: delete nothing between timed runs); the Survey's pickling and unpickling 0.05, the Job's 0.07 (a
dump's text and lines go to the main process and back: ~19 KB each way). In instructions (valgrind
--tool=callgrind over `converter convert RAW OUT --jobs 1 --page-timeout 0`, 130 of the pages minus a run of
1): 55.2 M a page all stages together, start-up 2.85 G; the extraction alone is 49.4 M (below), so ~88% of a
page. What the main process spends its ~1 ms a page on, --jobs 2: start-up 0.45 s a run, the line count 0.6 s,
receiving and unpickling 6,215 messages 0.34 s, sending 0.14 s, cache inserts 0.12 s, assembling 0.05 s,
writing 0.15 s; its sys time is ~52,000 minor page faults (it holds every dump's text and lines until
extraction, 205 MB at its peak) and the file creations. Waiting costs nothing measurable: `connection.wait` is
4 us a call.

Measured and left this stop (timed only, except where the same output is said):
instructions of `convert_text` over the 65 scrapinghub dumps (valgrind --tool=callgrind, a run with 0
pages subtracted): 49.43 M a dump now; the features written without float() around each (in the six
decision modules) 48.87 M (-1.1%, not the estimated 3%: most are bools, whose float() is cheap); the
models' dot product over `values.values()` when the dict's keys come in the model's order (they all do)
49.06 M (-0.75%); `digit_count` searching for a digit before its ten counts 49.00 M (-0.9%). The whole
text normalized in three regex passes instead of line by line (same string on every corpus text and
200,000 random ones) is slower: 0.37 -> 0.49 ms a dump (a negated word class costs sre more than findall);
the shapes of a page's lines masked in one pass 0.195 -> 0.194 ms; GC off in the workers: no change. The
per-line primitives and the run layer's steps are each under 2% of a page; what would move the figure is
fewer model scorings and features shared between the decisions (the decision modules' own design).

The quiet run at the end of stop 22 (no other work; load average 0.6 before, 1.2 after), after that stop's
merges, `--pages 2000 --repeat 3`: text j1 148.0 pages/s (142.7-152.5), j2 254.4 (239.7-256.6; stop 21: 226.4);
HTML j1 50.1 (49.1-52.4), j2 97.7 (96.1-97.9; stop 21: 86.6), trafilatura 66.4 (64.1-68.1): 1.47x trafilatura with
--jobs 2 (target 2.0x), j2 / j1 1.95x; unchanged re-run 1.9% (text), 0.9% (HTML); peak 200 MB. Trafilatura itself
ran faster than in stop 21's run (66.4 against 62.0), so part of the HTML gain is hidden in the ratio. Unmet: text
500 (issue 14) and 340 (issue 10), HTML 2.0x.

HTML, stop 23 (no bench run: other sessions shared the 2 cores). CPU of a page, process time around
`convert_tree` over 300 of the bench's pages (`--jobs 1 --page-timeout 0` in one process, imports included),
the old tree and the new alternated, fresh processes, medians of 3: 14.59 -> 13.92 ms (-4.6%), and with each
stage's function wrapped 15.08 -> 14.45 (-4.2%), Markdown 1.12 -> 0.48 ms, no other stage moved. markdownify
walked a BeautifulSoup tree grafted from our lxml parse, and building that soup cost about what markdownify's
own walk did: markdown_tree.py walks the lxml fragment with markdownify 1.2.3's rules instead (its
process_tag and process_text ported to text and tails, the conversions that search the tree asking lxml;
every other convert_<tag>, ours included, runs unchanged). Same Markdown byte for byte on the three HTML
corpus sets, the bench's 2,000 pages and the 2,729 fragments they hand to html_to_markdown;
tests/test_markdown_tree.py renders the test pages' fragments and 63 invented ones both ways.
Measured and left (each under the 2% of a page a trick must save): the fragment root made by our parser
(lxml's fragment_fromstring makes it with its default parser, whose element lookup calls back into Python
for each element of the fragment touched later): no change measured (13.61 against 13.88 ms, 5 alternations);
the metadata's dateline and byline-markup searches as one scan of the page's elements and their attributes
(0.74 -> 0.61 ms of the two together, -0.9% of a page; an XPath preselection with translate() and
contains() takes 2.3 ms, six times the Python scan); the page's paragraph words counted once for reader
comments, related blocks and the cascade when the first two cut nothing (171 of 300 pages; 0.25 ms a count,
~1% of a page). What remains of our own work is spread: metadata 1.5 ms (the dateline and byline scans
0.7 of it: attribute reads of ~320 elements a page), related blocks 0.8, recovery 0.55, cleanup 0.45,
Markdown 0.5, parse 0.85; trafilatura and readability are ~6.5 of the 14.5 ms.

Stop 23, why stop 22's text figure (254 pages/s) was low: not the code but the disk. Creating, writing and
renaming a small file here costs ~0.05 ms on a settled disk and 0.2-0.9 ms for minutes after thousands of
files were deleted (ext4; stop 22's bench ran right after helper worktrees were removed), and a run's one
writer process creates 2,000+ articles: text --jobs 2 measured 305 pages/s right after 20,000 files were
deleted and 354-362 on a settled disk, same code, same hour. The bench now prints a file-creation probe
(1,000 files) before and after: read it beside the load average, and delete nothing big before a run. The
survey's distinct lines are now made in the workers (main CPU 0.50 -> 0.25 s for 2,000 dumps) and dropped
once counted (peak 253 -> 204 MB). The bench's copies of 3 HTML pages and 1 dump had come out as one
article per page (87 and 29 copies merged, rightly): those pages are left out now (62 and 64 used). Text
extraction per dump by stage (process time around each stage, 2,000 dumps, one process): reading the page
1.0 ms (its lines 0.6), body lines 0.6, byline 0.5, related and carried 0.5, the run 0.4, the headline 0.3,
~3.6 in all; a title score split per line and per position (-1.2%) and candidates skipped by an upper bound
on their score (no net gain: the first read of a line's facts is the cost, not the scoring) were left.

The quiet runs at the end of stop 23. `--pages 2000 --repeat 3 --start-methods fork,forkserver` (load 0.67
before, 1.40 after; file creation 0.208 ms before, unsettled: files had been deleted minutes before, 0.049
after): text j1 185.2, j2 314.4 (306.6, 354.5, 314.4), forkserver 303.6; HTML j1 71.2 (68.8-71.7), j2 134.0
(133.6-140.1), forkserver 132.0 (0.985 of fork), trafilatura 87.7 (86.6-88.1): 1.53x with --jobs 2 (target
2.0x), j2 / j1 1.88x; re-run 1.6% (text), 1.0% (HTML); peak 247 MB. Then the text half again on a settled disk
(`--only text --repeat 3 --start-methods fork,forkserver`, nothing deleted for 5 minutes before; load 0.02
before, 1.20 after; file creation 0.045 ms before, 0.066 after): j1 191.1 (186.8-199.1), j2 360.8 (333.4-364.9),
forkserver 317.2 (0.879 of fork: each worker loads the language tables itself), re-run 1.8%, peak 199 MB.
Unmet: text 500 (issue 14), HTML 2.0x (trafilatura runs at 86-88 pages/s on this machine now).

Stop 24, after the exact skips above (same command; quiet machine, load 0.24 before and 1.33 after; file
creation 0.049 ms before, 0.046 after: a settled disk): HTML j1 76.7 (75.6-77.9), j2 145.5 (143.6-150.5),
forkserver 145.1 (0.998 of fork), trafilatura 88.4 (87.7-90.3): 1.65x with --jobs 2 (target 2.0x), j2 / j1
1.90x; text j1 195.2 (190.5-196.0), j2 352.0 (348.2-353.3), forkserver 330.4 (0.939); re-run 1.8% (text),
1.0% (HTML); peak 199 MB. At 88 pages/s for trafilatura, 2.0x asks 177 pages/s of two workers, ~11 ms of CPU
a page against our ~13: the rest is trafilatura's own work inside ours and the steps that make our output better.

Stop 25: the text-dump hot path compiled by mypyc (converter/compiled.py, scripts/compile.py, `make compile`; the
bench prints whether the build is in use: its converter runs inherit CONVERTER_PURE). No bench run (other sessions
shared the 2 cores, load average 2.3 to 4); process time only, main's tree (a copy), this tree pure
(CONVERTER_PURE=1) and this tree compiled alternated in fresh processes. `convert_text` over the 240 dumps of
scrapinghub, naeb, aggregator and the seed in one process (a warm pass, then 3 passes with the per-line memos
emptied, the language tables and models kept as a worker keeps them; GC as the workers set it), 5 alternations,
medians: main 6.14 ms a dump, pure 6.01, compiled 4.28 (-30%; paired ratios 0.67-0.74). `converter convert -q
-j 1 --page-timeout 0` over 300 of the bench's dumps, /usr/bin/time user+sys, start-up included, 5 alternations:
main 2.26 s, pure 2.24, compiled 1.81 (-20%: 7.5 -> 6.0 ms a dump). perf over the compiled loop: 86% of the
samples are in libpython (dict look-ups of the language vote 8%, sre 12%, substring tests 5%, allocation), 8% in
the compiled code itself and 1.6% in the interpreter's loop: what is left is the C primitives the per-line work
calls, which no compiler removes. The HTML side compiled too (html/*.py, with two `reversed()` mypyc cannot
compile over a list of Any) measured no faster over 300 bench pages (4.68 against 4.75 s, 3 alternations:
lxml, trafilatura and readability hold its time), so it is left pure. With -20% CPU a dump, stop 24's 352 pages/s
(--jobs 2) would be about 440: issue 14's 500 is still not met. Output byte for byte the same compiled and pure
(the text and HTML corpus sets, the seed, the bench's 2,000 text and 2,000 HTML pages; tests/test_compiled.py).
The quiet run at the end of stop 25 (`--pages 2000 --repeat 3 --only text`; load 0.01 before, 0.84 after; file
creation 0.049 ms before and after: a settled disk), compiled, with this stop's new text-dump rules (lists shaped as
lists, carried-story separators, asides, captions: ~0.1-0.2 ms a dump) merged: text j1 217.1 pages/s (215.5-219.0),
j2 393.0 (381.3-395.7; stop 24: 352.0 pure); unchanged re-run 0.107 s, 2.1% of a first run that is now shorter
(target < 2%; interpreter start, imports and the build's digest check are most of it); peak 201 MB. Issue 14's 500
is not met. The same bench right after with CONVERTER_PURE=1 ran on a disk unsettled by the first run's deletions
(file creation 0.43 ms): 148.8 / 248.1, not comparable. HTML was not re-run: its code is unchanged since stop 24
(output identical on the HTML sets), so stop 24's 1.65x stands.

The unchanged re-run, stop 26 (no bench run: load average 7 to 11 on the 2 cores). The timed runs inherited the
session's PYTHONDONTWRITEBYTECODE, so in a checkout without __pycache__ every run compiled the package's sources
again (~10-15 ms of a re-run's CPU that no user pays): they now run without it. A re-run of the 2,000 text dumps
then took ~115 ms of CPU (process time, medians of 7, the trees alternated): interpreter start 20, imports 44,
the run 45 (listing 9, manifest read 7, stat of 2,000 pages 5, of 2,000 articles 6, code fingerprint 3, compare 1.5,
the compiled build's digest check 0.8). Cut: imports no longer pull importlib.abc (the compiled finder's base
class), the container records, the text-dump line tools, assembly or the time limit, and the build's digests are
asked at the first import of a compiled module (an unchanged re-run makes none); the manifest's records are checked
inline; whole dicts compared. Now ~100 ms (startup 20, imports 33, run 43 with argument parsing); children's CPU
of the whole command, 7 re-runs after a first run, the trees alternated: 119.8 -> 104.3 ms at load 7-11, 134.2 ->
111.1 at load 11 (main / this tree; -13%, -17%). What
is left is Python's start (with the editable install's finder, 20 ms), dataclasses (5.6 ms: inspect), hashlib's
OpenSSL (2.5), argparse (2.3, and shutil when it builds its formatter), sqlite3 and the Article record (3.6: the page
cache, imported by the pipeline for the stages after the early exit), and 4,000 stat calls the run layer's promise
needs (a changed page, an edited article).

Text dumps, stop 28 (issue 14; no bench run: six sessions shared the 2 cores, load average 11 to 15). Counted in
instructions (valgrind --tool=callgrind on the compiled build of each tree, `extract_text` over 40 of the bench's
dumps, every 50th, after one warm dump, minus the same run over none): 43.41 M a dump before, 42.28 M after (-2.6%).
The second headline search (`extract._is_the_credit`, is the line taken for the headline the byline decision's
credit under the line above?) ran the whole byline search, every candidate around the run scored, on each
headline that names someone (16 of 41 dumps; 3.8 M instructions a search): it now scores the headline's own
line first and stops when the model refuses it, which is exact (the search returns only a line its model
accepts). Its cost 1.94 -> 0.60 M a dump; the main byline search pays 0.19 M of what the skipped searches had
memoised. Process time of `extract_text` over 600 of the bench's dumps (/tmp/s27/cpu.py, compiled, the two trees
alternated, fresh processes, load ~13, so only the direction holds): medians of 6 runs each 4.27 -> 4.07 s
(-4.7%; the pairs' ratios 0.80 to 1.05). Output byte for byte the same, pure and compiled (the five text sets,
the bench's 2,000 dumps and seeds 1-3 of the eleven aggregator generators; `converter convert -q -j 2`, `diff -rq`).
Where a dump's instructions go now (callgrind, inclusive, M a dump of 42.3): reading the page 12.8 (the lines
and their words 6.8, of it the language vote 1.5 and the word lists 2.6), related links and carried texts 5.8
(the listing decision over the lines after the body 3.7), the body-line decision 5.4 (its features 3.2), choosing
the run 4.5 (the headline model above each candidate run 3.2), the byline 3.4. Two per-line primitives are the
largest leaves: `title_case` 1.9 M (16,000 instructions a paragraph: a split, a first letter each) and
`digit_count` 1.5 M (the non-ASCII path, `sum(map(str.isdigit, ...))`, on any line with a curly quote), each
asked once a line by the decisions' features. Measured and left (pure Python, micro-timed on the same lines):
a digit count through a character class of every `str.isdigit` character (30 times slower: sre tests such a set
one by one), or as ASCII digits of the line's ASCII bytes plus the non-ASCII characters' own (no faster). Not
built (no time for a second compile of the tree under this load): memoising `title_case` per text across pages
(the bench's pages repeat their paragraphs; a folder of distinct articles would not gain).

HTML, stop 28 (no bench run: load average 7 to 13 on the 2 cores). Inside trafilatura's main extraction, the discard
XPaths that test ids and classes with EXSLT re:test (OVERALL_DISCARD_XPATH's two expressions, the second of
PRECISION_DISCARD_XPATH, BODY_XPATH's first) called back into Python for every element they tested and ran
alternations of up to sixty tokens there: OVERALL 4.9% of a bench page, BODY's first 2.6%, PRECISION's 0.9% (process
time around each expression, 300 bench pages). html/precise.py now swaps them, while a staged run extracts and
compares, for the same selections made in Python (the same patterns, the same attribute values read as XPath reads
them, each value's answer kept per pattern, in document order; BODY's first stops at its first match, all _extract
reads), and leaves the teaser prune out where no id or class names a teaser. Same selections on every call over the
three HTML sets and 300 bench pages (1,153 calls a selector) and on the test pages and invented attributes
(tests/html/test_precise.py). CPU of a page (process time, the old and new trees side by side in one process, order
alternated page by page, GC as the workers set it, medians of 3 passes after a warm pass; load ~12, so inflated
alike): 300 bench pages 30.61 -> 28.15 ms (-8.0%; passes -6.9, -8.4, -8.0%; without BODY_XPATH's first -6.7%) and
again with compare_extraction's prune swapped too, at load ~9, 25.38 -> 23.68 (-6.7%; passes -8.9, -9.6, -6.7%),
scrapinghub 32.13 -> 30.16 (-6.1%), naeb 39.41 -> 36.52 (-7.3%), wceb-train 37.68 -> 35.40 (-6.0%). Output byte for
byte the same (`converter convert -q -j 2` of the three HTML sets and the bench's 2,000 pages, `diff -rq`). At -8%
CPU a page, stop 24's 1.65x would become about 1.8x: the 2.0x target is still not met. Measured and left:
`text_content` against joining `itertext()` (text_content is faster: 1.2 against 2.2 us an element).


End of stop 28 (`--pages 2000 --repeat 3`, compiled build, the helpers stopped: load 0.2 before, 1.2 after): HTML
--jobs 1 51.1, --jobs 2 100.4, trafilatura 57.1 pages/s (ours / trafilatura 1.76x, --jobs 2 / --jobs 1 1.96x);
text --jobs 1 104, --jobs 2 179 pages/s; unchanged re-run 1.1% (text), 0.8% (HTML); peak 204 MB. Text alone,
the stop's start (7c0e371) and end alternated (`--only text`): start 141 / 225 then 93 / 159, end 97 / 151 then
85 / 156 pages/s (--jobs 1 / --jobs 2): runs of one tree differ by a third, the two trees by less.

Text dumps, stop 29 (issue 14; no bench run: six sessions shared the 2 cores, load average 4 to 13). Counted in
instructions (valgrind --tool=callgrind on the compiled build of each tree, `extract_text` over 40 of the bench's
dumps, every 50th, after one warm dump, minus the same run over none): 45.74 M a dump before, 44.84 M after (-2.0%).
Kept: the writer's-credit test (story_heads.credit_line), asked ~270 times a dump by the story-head, card, separator
and region rules, three asks in four of a line already asked on the same page, is kept on the Line
(story_heads.line_credit): credit_line 1.21 -> 0.41 M a dump inclusive. Measured and dropped: the headline
candidates' test kept a page with the headline score summed from per-line sums and products (+1.1%, 45.74 -> 46.26 M:
a page's lines are scored once or twice, so the per-line sums cost more than the dicts they replace, and the windows
of runs.py overlap the headline's by a few lines, title.candidates 2.09 -> 2.01 M); the list-heading kind kept on the
Line (-0.17 M, -0.4%: its lru_cache hits were cheap already); the case-trap search as three substring tests (~0.1% of
a dump by replayed timing of every regex call). Process time (extract_text over the bench's first 600 dumps, fresh
processes, trees alternated 6 times, load 3.5 to 9): 4.66 s before, 4.55 after (medians; pairs 0.86 to 1.09): it
cannot resolve 2% on this machine. Output byte for byte the same, pure and compiled (the five text sets, the bench's
2,000 dumps, seeds 1-3 of lay, var, hold, hold5, hold9, hold13; `converter convert -q -j 2`, `diff -rq`).
Where a dump's instructions go (inclusive, M of 44.8): reading the page 12.4 (lines and words 6.5, separators 2.2,
furniture 2.3), related links and carried texts 7.4 (the listing decision 4.2), the body-line decision 5.9, choosing
the run 4.7 (the headline model above each run 3.4), the byline 3.6, the headline 3.3. By leaf: the regex engine
~22% (lines._WORD's findall the largest pattern), dict look-ups ~7%, allocation and freeing ~9%. The
hypotheses of a pure-Python cProfile (headline scores recomputed for each candidate run, body-line features per
line) do not hold for the compiled build: each line's features are computed once a page, and what is left is that
first computation, ~200 lines times the predicates of ~15 decisions, none above 8% of a dump. Issue 14's 500 pages/s
(about 4 ms a dump on two cores) would need the decisions' features shared in one pass per line, not memos.

HTML, stop 30 (issue 14; no bench run: seven sessions shared the 2 cores, load average 8 to 14). What the issue's three
leads are worth, counted (scrapinghub 65 / naeb 114 / wceb-train 550 pages / the bench's first 300):
htmldate runs only when none of our sources (JSON-LD, <meta>, <time>, the URL, a dateline) found a date: 3 / 1 / 256 /
14 pages, its extensive search (after the fast one found nothing) on 1 / 0 / 114 / 4, dateparser under it only on
wceb-train (128 calls, 116 of them returning nothing; 12-40 ms a call warm, 2.4 s for a process's first: ~11 ms a
wceb-train page, nothing on the bench's). Its answer is always the page's date (nothing later replaces one), and a
string dateparser will refuse is known only by running it: no call can be skipped exactly. In extensive mode every
stage of htmldate (header, JSON, abbr, the candidate elements) may reach dateparser, so the fast call's None proves
nothing of them; only the tree's copy and cleaning could be shared (~0.4 ms of a ~30 ms wceb-train page by estimate,
none of a news page's): not built. readability's second opinion: on 26 of the news sets' 179 pages a result asks, 13 had
run readability already, 13 paid, 2 changed. Each way to win reads readability's own version: the trimmed-version test
only needs it shorter than ours, inside ours and leaving out mostly links, and the paragraph test asks ours under 0.95
in paragraphs, which a laid-out result always is (< 0.9): no bound on ours alone rules out a flip. The fallback (both
alternatives run when the first result is mostly links or short of prose: 5 of 65 scrapinghub pages, one of them copied
5 times in the bench's 300, ~8% of their CPU by the stage timer: trafilatura's balanced run with jusText, and
readability) reads both candidates' words outside links: no bound either.
Kept: the byline elements' texts read once a page in one walk (the byline markup's names read them and an organisation
credited alone read them again, 420 walks for 300 bench pages; the byline-class search was a second walk of its own).
Instructions (valgrind --tool=callgrind, 40 corpus pages, every nth of 10 scrapinghub, 12 naeb, 18 wceb-train, converted
in one process after 3 warm-up pages and one dateparser call, minus the same run with none; pure): 241.7 M a page
before, 235.6 M after (-2.5%; the dateline change below included). extract_metadata alone over the same 40 trees
(htmldate left out in both trees; 4 passes minus 1): 19.22 -> 18.33 M a page with the dateline change, 14.38 M with
both: the byline walk -3.95 M (-1.6% of a page; 19.22 -> ~15.3 M kept alone). Process time alternated page by
page (two processes, old and new, medians of 3 passes) could not resolve it at load 12 (passes -4.1% to +2.8%).
Same output byte for byte (the three HTML sets and the bench's 2,000 pages, `converter convert -q -j 2`, `diff -rq`,
pure and compiled).
Measured and dropped: the dateline search testing class, itemprop and id each alone, once per value, and joining the
marks only for the elements it finds (exact: the pattern holds no space): -0.88 M a page warm, -1.85 M on a first pass
(-0.4%, -0.8%); the rel/itemprop author search as one XPath (`//*[@rel='author' or contains(@itemprop,'author')]`,
with or without the tag test in XPath: 10-80% slower than lxml's iter by tag with two attribute reads).

HTML, the stop after (no bench run: four sessions shared the 2 cores). The page metadata now asks whether a declared
author's name is shown in the page's text (issue 11), which reads the body's visible text once a page: as an XPath
over the text nodes testing each one's ancestors for script and style it cost 1.8 ms a page (metadata alone over the
711 corpus pages, process time, 4 passes each: 8.6 -> 9.9 s); one walk over the elements, skipping the text of
script and style, reads it in 0.79 ms against the XPath's 1.63 (60 NAEB pages, 3 passes), the output byte for byte the
same on the three HTML sets. The visible text stays a cost of about 3% of an HTML page.
The quiet run at its end (no other work; load average 0.8 before, 1.2 after; compiled text-dump modules in use),
`--pages 2000 --repeat 3`: text j1 110.7 pages/s (106.8-121.9), j2 186.8 (174.2-195.9; the quiet run three stops
back: 226.4: text dumps lost about a sixth to the rules added since, not apportioned among them; the folder survey's
wedged lines and glued tails are among them); unchanged re-run 1.3%. HTML j1 52.9 (50.7-59.6), j2 102.4 (76.9-103.9;
then 86.6), trafilatura 65.7 (54.4-66.3): 1.56x trafilatura with --jobs 2 (target 2.0x; then 1.40x), j2 / j1 1.94x,
re-run 0.8%, peak 217 MB. Unmet: text 500 pages/s, HTML 2.0x.

Text dumps, stop 32 (issue 14; no bench run: load average 2 to 10 on the 2 cores). Counted in instructions (valgrind
--tool=callgrind, PYTHONHASHSEED=0): the bench's 2,000 dumps built once (main's build()), the folder surveyed by each
tree's own survey code (survey.text_survey of every dump, RepeatedLines.by_page), the 40 dumps (every 50th) then run in
one process after one warm dump (00001), minus the same run over none, two counts: `extract_text` with the folder's
hints as the pipeline passes them (repeated lines, normalized lines), and `text_survey`, the worker's survey of a dump.
M instructions a dump, pure Python (CONVERTER_PURE=1): extraction dc7f224 75.50, main 86.11 (+14.0%), this stop 81.26
(-5.6%); survey 6.51, 16.41 (x2.5), 11.72 (-28.6%); the two 82.0, 102.5, 93.0 (-9.3%: 47% of the growth back). Compiled
(extraction with hints): dc7f224 43.29 (45.46 without hints, stop 29's count: 44.84 on its own build of the dumps), main
49.02 (+13.2%), this stop 46.48 (-5.2%; built before the last cut, without_outlet's, -0.43 M pure). Where main's growth
went (compiled, inclusive, M a dump): the title-list readers after the body (title_lists, new) 1.47, their list headings
asked twice and sentence counts three times; reading the page +1.08 (the story-head tests of separators +0.61, the
reading-time chip under a headline 0.47 of it); the body-line decision +0.93 (each line's shapes made again, 0.41: the
gate `_holds_shapes` opened on any '#' key, which wedged keys now are; source chips 0.29; wedged lines 0.19); the body's
rendering +0.96 (glued tails 0.50 asked of a folder with no '#tail ' key, capitals tails 0.36); the headline search
+0.60 (the deck test 0.91 on every candidate); the credit +0.48. The survey grew by the wedged lines' placed keys (60%
of it: four neighbour checksums a short line, each line's made up to four times) and the sentence-case tails of every
line. Cut (exact, output byte for byte the same): the list headings and sentence counts read once for the three
title-list readers; glued tails asked only of a folder showing a '#tail ' key; the capitals and sentence-case tails ask
the last words first (rsplit, no split of a paragraph); the deck test asked only of a headline that would be taken;
is_reading_time asks the pattern's words first on ASCII text; from_outlet splits no further than seven words; the shape
gate opened by shape keys only (and the lead-in gate by lead-in keys); wedged lines asked only of a folder showing one;
without_outlet returns at once on a line with no 'for'; the survey's checksums made once a line, its placed keys made
only for the keys kept, the lines' shapes shared by its distinct lines and placed keys. Verified: `converter convert -q
-j 2`, main against this branch, pure, of the five text sets and 23 generators' seed-1 in one folder (3,271 articles),
hold22 and hold23 (159) and the bench's 2,000 dumps (2,214): `diff -rq` of the .md files identical;
tests/textdump/test_fast_paths.py checks the fast paths against the whole tests. Measured and left:
organisation_under_headline (0.84 M a call, 9 of 41 dumps: split_authors of each line under the headline), _make_line's
stoplist count (+0.43 M, the same code: not found), the survey's placed keys themselves (its main cost now), and the
main process's counting of them (not in these counts).
The quiet run at its end (`--pages 2000 --repeat 3`, compiled, no other work; load average 0.4 before, 1.1 after; file
creation 0.14 ms): the machine ran about three times slower than at any earlier stop (trafilatura 20.2 pages/s,
19.8-21.1, against 57-88 before), so only the ratios compare: HTML j1 18.2, j2 35.2 pages/s, 1.74x trafilatura with
--jobs 2 (target 2.0x; last stop 1.56x, 1.40x on its re-run), j2 / j1 1.93x; text j1 44.7, j2 73.8 pages/s (target
500; not comparable with last stop's 186.8 on a faster machine: the instruction counts above are the comparison);
unchanged re-run 1.2% (text), 0.8% (HTML); peak 217 MB.

HTML, stop 33 (issue 14; no bench run: load average 7 to 12 on the 2 cores). Where a page's CPU goes (py-spy over the
scrapinghub and naeb pages, one process, 3 passes): main content 46% (trafilatura's precision runs 21%, readability 11%
over its three askers, the fallback's alternatives 6%), metadata 15% (the byline sources 9%: the visible text 3.8%, the
byline walk 3.0%; the dateline walk 3.5%), the refinements 10% (recovered blocks 4.5%, cleanup 4.1%), parse 7%, related
blocks 6%, Markdown 3%, loose-text holders 1.8%, reader comments 1.7%. Cut, each exact (output byte for byte the same:
`converter convert -q -j 2` of the three HTML sets, old and new, `diff -r` of the .md files; each shortcut checked
against the whole computation it stands for in tests/html/test_shortcuts.py): the loose-text holders' XPath tests a text
node's raw length before normalize-space and its parent last (-40% of that step); the dateline and comment-thread class
tests skip elements with none of the attributes tested and keep a cache a pattern (a cache keyed by the Pattern hashes
it from its compiled code at each look-up); the dateline's words split once; the visible text's walk reads each text
once and compacts by joining its word runs; cleanup's chrome labels are read from the last element up, an element whose
text is over both _TOOLS_CHARS characters and _UI_WORDS (7) words marking its ancestors unread, and its image test comes
after the label's; its trailing heading is found from the end; the trailing-links step asks the shared parse whether the
body ends in a list before copying it; readability is handed our tree itself when nothing in it is hidden (it copies
what it is given before changing it); the page's paragraph words are counted once for reader comments, related blocks
and the doubt while neither step cuts anything; recover.py reads the fragment's text only once a container is found; one
Markdown converter a process (its options and tag-method table are the same for every page; the base URL is set per
fragment). Counted in instructions (valgrind --tool=callgrind, PYTHONHASHSEED=0, pure; 28 news pages, every 5th
scrapinghub and every 8th naeb, in one process after 2 warm pages, minus the same run over none): 160.9 M a page before,
154.5 M with the first half of the cuts (-3.9%; up to readability's copy), 153.2 M with all (-4.8%; the baseline of the
first half's tree subtracted). Process time (each page converted by the old and the new tree in turn in one process,
both packages loaded side by side, order alternated page by page, GC as the workers set it, medians of 3 passes after a
warm pass; load 8 to 12, so a pass varies by several percent): scrapinghub 49.21 -> 49.22 ms (passes 0.0, -0.4, -1.6%)
and again with 5 passes 63.69 -> 62.18 (-2.4%; passes -0.6 to -6.3%), naeb 91.09 -> 86.68 (-4.8%), wceb-train (110 of
its pages) 95.28 -> 89.41 (-6.2%). Not met: the 15% less CPU a page that 2.0x trafilatura asks; at -4 to -5% the last
quiet 1.74x would be about 1.8x. Measured and left: the crowded-element search of cap_tree as an XPath (0.41 against
0.47 ms a page, under the 2% a trick must save), `subn` for paragraph words (0.39 against 0.41 ms), an XPath over text
nodes for the visible text (no faster; its string differed on 212 of the 729 pages, not looked into), reading the byline
walk's three attributes through `el.attrib` (no faster: the walk itself is the cost). Left: the byline walk's own
attribute reads (~0.9 ms a page by itself at this machine's speed: a C preselection of the few elements with rel,
itemprop or a byline class would need the class pattern in XPath, measured slower at stop 23); readability's own cleaner
pass over the tree (about a sixth of a readability run: lxml_html_clean's javascript and link scan of every element);
the backup copy of the cleaned tree kept for the full cascade; dateparser's language detection (wceb-train only)."""

from __future__ import annotations

import argparse
import cProfile
import html
import io
import os
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from converter import compiled  # noqa: E402
from converter.errors import ConverterError  # noqa: E402
from converter.pipeline import convert_text  # noqa: E402
from converter.read import decode  # noqa: E402

# Words for each copy's own paragraph: random picks make every copy's body (and digest) distinct.
VOCABULARY = [
    "archive",
    "budget",
    "council",
    "river",
    "harbour",
    "station",
    "winter",
    "market",
    "library",
    "orchard",
    "bridge",
    "festival",
    "museum",
    "engineer",
    "teacher",
    "farmer",
    "painter",
    "village",
    "railway",
    "meadow",
    "lantern",
    "harvest",
    "quarry",
    "signal",
    "compass",
    "ledger",
    "granite",
    "willow",
    "falcon",
    "copper",
    "meadowlark",
    "tundra",
    "canyon",
    "glacier",
    "beacon",
    "cobalt",
    "amber",
    "saffron",
    "juniper",
]


_P_TAG = re.compile(r"<p[\s>]", re.I)


def own_paragraph(rng: random.Random, n: int) -> str:
    words = " ".join(rng.choice(VOCABULARY) for _ in range(40))
    return f"Note for copy {n}: the {words} were all recorded in the ledger of this copy alone."


def anchor_in(page: str, body: str) -> int | None:
    """Where a run of the extracted body's words sits in the raw page's visible text, or None."""
    body_start = max(page.find("<body"), 0)
    # The longest paragraphs first: article prose, not a caption or a teaser repeated elsewhere.
    for paragraph in sorted(body.split("\n\n"), key=len, reverse=True):
        # A run of plain words: quotes, entities and markup differ between the page and the body.
        snippet = re.search(r"\w+(?: \w+){2,}", paragraph)
        if not snippet or len(snippet.group()) < 15:
            continue
        for match in re.finditer(re.escape(snippet.group()), page):
            at = match.start()
            # Copies of the text in the head (description) or in scripts (JSON state) do not count.
            in_tag = page.rfind("<", 0, at) > page.rfind(">", 0, at)
            if at > body_start and not in_tag and page.rfind("<script", 0, at) <= page.rfind("</script", 0, at):
                return at
    return None


def html_copy(page: str, n: int, title: str | None, url: str | None, body: str, rng: random.Random) -> str:
    """The page with its own title, canonical URL and one paragraph of its own inside its article text."""
    at = anchor_in(page, body)
    if at is None:
        page = page.replace("</body>", f"<p>{own_paragraph(rng, n)}</p></body>", 1)
    elif max((m.start() for m in _P_TAG.finditer(page, 0, at)), default=-1) > page.rfind("</p", 0, at):
        # Inside a <p>: split it, the copy's own paragraph first.
        page = page[:at] + own_paragraph(rng, n) + "</p><p>" + page[at:]
    else:
        page = page[:at] + own_paragraph(rng, n) + "<br><br>" + page[at:]
    if title:
        escaped = html.escape(title, quote=False)
        page = page.replace(escaped, html.escape(f"{title} (copy {n})", quote=False))
        if escaped != title:
            page = page.replace(title, f"{title} (copy {n})")
    return own_url(page, url, n)


def own_url(page: str, url: str | None, n: int) -> str:
    """The extractor normalises the URL it reports: change its path wherever the page spells it."""
    path = urlsplit(url).path.rstrip("/") if url else ""
    return page.replace(path, f"{path}/copy-{n}") if len(path) > 8 else page


def text_copy(dump: str, n: int, title: str | None, url: str | None, body: str, rng: random.Random) -> str:
    """The dump with its own title line, URL and one extra paragraph line inside its article text."""
    at = anchor_in(dump, body)
    line_start = dump.rfind("\n", 0, at) + 1 if at is not None else len(dump)
    dump = dump[:line_start] + own_paragraph(rng, n) + "\n" + dump[line_start:]
    lines = dump.splitlines()
    if title:
        lines = [f"{line} (copy {n})" if line.strip() == title else line for line in lines]
    return own_url("\n".join(lines) + "\n", url, n)


def build(sources: dict[str, str], kind: str, pages: int, folder: Path) -> int:
    """Write `pages` distinct copies of the sources into `folder`; return how many sources were usable."""
    rng = random.Random(2000)
    usable = []
    for name, text in sorted(sources.items()):
        try:
            article = convert_text(text, name, ".html" if kind == "html" else ".txt").article
        except ConverterError:
            continue
        source = (name, text, article.title, article.source_url, article.body)
        if _copies_kept_apart(source, kind):
            usable.append(source)
    folder.mkdir(parents=True)
    for n in range(pages):
        name, text, title, url, body = usable[n % len(usable)]
        stem = Path(name).stem[:16]
        if kind == "html":
            copy = html_copy(text, n, title, url, body, rng)
            (folder / f"{n:05}-{stem}.html").write_text(copy, encoding="utf-8")
        else:
            (folder / f"{n:05}-{stem}.txt").write_text(text_copy(text, n, title, url, body, rng), encoding="utf-8")
    return len(usable)


def _copies_kept_apart(source: tuple[str, str, str | None, str | None, str], kind: str) -> bool:
    """Do two copies of this page come out as two articles? Not when the copy's own paragraph lands outside
    the extracted body and its URL is not the one the extractor reports: deduplication then rightly merges
    the copies (one body, titles alike), and the run would write fewer articles than the pages it reads."""
    name, text, title, url, body = source
    suffix = ".html" if kind == "html" else ".txt"
    make = html_copy if kind == "html" else text_copy
    rng = random.Random(0)  # not the build's: trying a page must not change the pages built
    first, second = (convert_text(make(text, n, title, url, body, rng), name, suffix).article for n in (1, 2))
    return first.body != second.body and (first.source_url != second.source_url or first.source_url is None)


def load(folder: Path, suffix: str) -> dict[str, str]:
    return {path.name: decode(path.read_bytes(), path.name) for path in sorted(folder.glob(f"*{suffix}"))}


# Each timed run is what a user runs: `converter convert RAW DOCS` in a fresh process, timed from
# start to exit (interpreter start and imports included), so the printed rate is the user's rate.
_TRAFILATURA = """
import sys
from pathlib import Path
import trafilatura
from converter.read import decode
for path in sorted(Path(sys.argv[1]).glob("*.html")):
    trafilatura.extract(decode(path.read_bytes(), path.name))
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    articles: int
    failed: int
    reused: int
    converted: int


_SUMMARY = re.compile(r"converted (\d+), unchanged since last run (\d+).*?→ (\d+) articles?", re.S)


# The same command with the workers started another way (Python 3.14's Linux default is forkserver; the
# converter sets fork itself): the start method is the one thing changed.
_WITH_START_METHOD = """
import sys
import converter.workers
converter.workers.START_METHOD = sys.argv.pop(1)
from converter.cli import main
sys.exit(main(sys.argv[1:]))
"""


# The converter's runs get this environment without PYTHONDONTWRITEBYTECODE: a user's checkout caches its bytecode
# (the first run writes __pycache__), and a session that set the variable measured every run compiling the
# package's sources again (~12 ms of CPU of an unchanged re-run that takes ~100, and more in a first run).
USER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def timed_run(raw: Path, docs: Path, jobs: int, start_method: str = "fork") -> Run:
    """`converter convert RAW DOCS --jobs N` as a user runs it, timed from start to exit."""
    arguments = ["convert", str(raw), str(docs), "--jobs", str(jobs)]
    if start_method == "fork":
        command = [sys.executable, "-m", "converter", *arguments]
    else:
        command = [sys.executable, "-c", _WITH_START_METHOD, start_method, *arguments]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=USER_ENV, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"converter failed ({done.returncode}): {done.stderr[-2000:]}")
    failed = sum(1 for line in done.stderr.splitlines() if line.startswith("FAILED"))
    match = _SUMMARY.search(done.stdout + done.stderr)
    converted, reused, articles = (int(group) for group in match.groups()) if match else (0, 0, 0)
    return Run(seconds, articles, failed, reused, converted)


def trafilatura_seconds(raw: Path) -> float:
    """trafilatura's `extract()` over the same pages in one fresh process, timed the same way as ours."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _TRAFILATURA, str(raw)], cwd=REPO, env=USER_ENV, check=True, capture_output=True
    )
    return time.perf_counter() - started


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def file_creation_line(work: Path, files: int = 1000) -> str:
    """How fast this disk creates files right now: `files` small files made, written and renamed into a new
    folder of `work` as the converter writes its articles (the folder is left for the end's cleanup, since
    deleting thousands of files is what slows the next creations down)."""
    probe = Path(tempfile.mkdtemp(prefix="probe-", dir=work))
    data = b"x" * 4096
    started = time.perf_counter()
    for number in range(files):
        temp = probe / f".{number}.tmp"
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            os.write(handle, data)
        finally:
            os.close(handle)
        temp.replace(probe / f"{number}.md")
    per_file = (time.perf_counter() - started) / files * 1000
    return f"file creation {per_file:.3f} ms a file ({files} made here; ~0.05 on a settled disk)"


def peak_mb() -> tuple[float, float]:
    """(this process, largest worker) peak resident set size in MB (ru_maxrss is in KB on Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def profile_one(sources: dict[str, str], top: int) -> str:
    """cProfile of one median-size HTML page's conversion (after a warm-up, so imports are not counted)."""
    name, text = sorted(sources.items(), key=lambda item: len(item[1]))[len(sources) // 2]
    convert_text(text, name, ".html")  # warm-up
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    convert_text(text, name, ".html")
    profiler.disable()
    elapsed = time.perf_counter() - started
    out = io.StringIO()
    out.write(f"one HTML page: {name} ({len(text) / 1024:.0f} KB), {elapsed * 1000:.0f} ms\n")
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return re.sub(r"\n{3,}", "\n\n", out.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (corpus)")
    parser.add_argument("--pages", type=int, default=2000, help="pages per folder (text, and HTML)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="'all cores' (default: cpu count)")
    parser.add_argument("--top", type=int, default=20, help="lines of the profile to print")
    parser.add_argument("--only", choices=("text", "html"), help="run only the text-dump or only the HTML half")
    parser.add_argument("--profile-only", action="store_true", help="only profile one HTML page")
    parser.add_argument("--keep", type=Path, help="build the folders here and keep them (default: a temp dir)")
    parser.add_argument(
        "--start-methods",
        default="fork",
        help="comma-separated worker start methods to time --jobs N with (e.g. fork,forkserver)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each conversion this many times (fresh output folders) and use the median",
    )
    args = parser.parse_args(argv)

    corpus = args.shared / "corpus" / "scrapinghub"
    html_sources = load(corpus / "html", ".html")
    text_sources = load(corpus / "text", ".txt")
    if args.profile_only:
        print(profile_one(html_sources, args.top))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-convert-"))
    work.mkdir(parents=True, exist_ok=True)
    print(load_line() + " (before)")
    print(file_creation_line(work) + " (before)")
    # The converter runs below are fresh processes of this checkout with this environment: they decide alike.
    print(f"compiled text-dump modules: {compiled.status()}")
    print(
        f"corpus: {len(html_sources)} HTML pages, {len(text_sources)} text dumps; {args.pages} pages each; "
        f"all cores = --jobs {args.jobs}; work folder {work}"
    )
    figures: dict[str, float] = {}
    try:
        halves = (("text", text_sources), ("html", html_sources))
        for kind, sources in (half for half in halves if args.only in (None, half[0])):
            raw = work / f"raw-{kind}"
            usable = build(sources, kind, args.pages, raw)
            print(f"\n[{kind}] built {args.pages} pages from {usable} usable corpus pages")
            # Interleaved (ours --jobs 1, ours --jobs N, trafilatura, then again): a machine that is busier
            # for a while slows every contender alike instead of one of them.
            times: dict[str, list[float]] = {}
            runs = [(1, "fork")] + [(args.jobs, method) for method in args.start_methods.split(",")]
            for attempt in range(1, args.repeat + 1):
                for jobs, method in runs:
                    name = f"j{jobs}" + ("" if method == "fork" or jobs == 1 else f"-{method}")
                    docs = work / f"docs-{kind}-{name}-{attempt}"
                    run = timed_run(raw, docs, jobs, method)
                    times.setdefault(name, []).append(run.seconds)
                    print(
                        f"[{kind}] run {attempt} --jobs {jobs} ({method}): {run.seconds:7.2f} s, "
                        f"{args.pages / run.seconds:7.1f} pages/s, {run.articles} articles, {run.failed} failed"
                    )
                if kind == "html":
                    seconds = trafilatura_seconds(raw)
                    times.setdefault("trafilatura", []).append(seconds)
                    print(
                        f"[html] run {attempt} trafilatura extract(), one process: {args.pages / seconds:7.1f} pages/s"
                    )
            for name, runs in times.items():
                rates = sorted(args.pages / value for value in runs)
                figures[f"{kind}-{name}"] = statistics.median(rates)
                print(
                    f"[{kind}] {name}: median {statistics.median(rates):.1f} pages/s over {len(rates)} runs "
                    f"(worst {rates[0]:.1f}, best {rates[-1]:.1f})"
                )
            for name in times:
                if name.startswith(f"j{args.jobs}-"):
                    print(f"[{kind}] {name} / fork: {figures[f'{kind}-{name}'] / figures[f'{kind}-j{args.jobs}']:.3f}")
            first = statistics.median(times[f"j{args.jobs}"])
            docs = work / f"docs-{kind}-j{args.jobs}-{args.repeat}"
            # As the timed runs: the median of --repeat unchanged re-runs, each printed.
            agains = [timed_run(raw, docs, args.jobs) for _ in range(args.repeat)]
            again = statistics.median(run.seconds for run in agains)
            figures[f"{kind}-rerun"] = again / first
            print(f"[{kind}] unchanged re-runs: " + ", ".join(f"{run.seconds:.3f} s" for run in agains))
            print(
                f"[{kind}] unchanged re-run: median {again:.3f} s = {again / first:.1%} of the first run "
                f"({agains[-1].reused} reused, {agains[-1].converted} converted)"
            )
            if kind == "html":
                tf_rate = figures["html-trafilatura"]
                print(
                    f"[html] ours / trafilatura: --jobs 1 {figures['html-j1'] / tf_rate:.2f}x, "
                    f"--jobs {args.jobs} {figures[f'html-j{args.jobs}'] / tf_rate:.2f}x (target >= 2.0x); "
                    f"--jobs {args.jobs} / --jobs 1 {figures[f'html-j{args.jobs}'] / figures['html-j1']:.2f}x "
                    "(target >= 1.7x)"
                )
        own, workers = peak_mb()
        print(f"\npeak memory: this process {own:.0f} MB, largest converter process {workers:.0f} MB (target < 500 MB)")
        print(load_line() + " (after)")
        print(file_creation_line(work) + " (after)")
        if args.only:
            return 0
        print(
            "\nsummary (targets): "
            f"text all cores {figures[f'text-j{args.jobs}']:.0f} pages/s (>= 500); "
            f"HTML all cores {figures[f'html-j{args.jobs}'] / figures['html-trafilatura']:.2f}x trafilatura (>= 2.0x); "
            f"re-run text {figures['text-rerun']:.1%}, HTML {figures['html-rerun']:.1%} (< 2%); "
            f"peak {max(own, workers):.0f} MB (< 500)"
        )
        print("\n" + profile_one(html_sources, args.top))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
