#!/usr/bin/env python3
"""Issue #16 tester's pass: writes malformed/unusual inputs to OUT (default /tmp/review-inputs), runs the CLI on
each, classifies the outcome and writes RESULTS.md. Usage: review_inputs.py REPO [OUT]

Counts (session 7, branch reliab): before, 123 inputs: clear error 97, unclear 0, stack trace 0, wrong with exit 0 0,
silently accepted 1, accepted with warning 2, valid rejected 2, correct 21. After, 156 inputs (33 new: suppress,
richtwerte, kuerzungen, vertraulich, xlsx, boundaries): clear error 127, unclear 0, stack trace 0, wrong with exit 0 0,
silently accepted 0, accepted with warning 2, valid rejected 0, correct 27."""
import json, os, shutil, subprocess, sys, copy, re
REPO = sys.argv[1]; OUT = sys.argv[2] if len(sys.argv) > 2 else '/tmp/review-inputs'
DLL = f'{REPO}/src/Sozialindikatoren.Cli/bin/Release/net10.0/Sozialindikatoren.Cli.dll'
MK = f'{REPO}/tests/Sozialindikatoren.Tests/TestData/geo/musterkreis'
GEN = f'{REPO}/tests/Sozialindikatoren.Tests/TestData/genesis'
SAMPLE = json.load(open(f'{REPO}/src/Sozialindikatoren/Samples/Data/siegen-wittgenstein.json', encoding='utf-8'))
shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
cases = []  # (name, args, expect) expect: 'err' (must be rejected, exit 1/2) or 'ok' (must be accepted)
def w(name, text, enc='utf-8'):
    p = f'{OUT}/{name}'; os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'wb') as f: f.write(text if isinstance(text, bytes) else text.encode(enc))
    return p
def case(name, args, expect, note=''): cases.append((name, args, expect, note))
# ---- rates CSV
R = 'id,count,denominator\n'
rates = {
 # A header without rows is refused ("no data rows"), as in index (data_header_only) and the inventory: a truncated
 # export must not give an empty result with exit 0. So 'err' is the right expectation (was 'ok', counted "valid rejected").
 'empty.csv': ('', 'err'), 'header_only.csv': (R, 'err'), 'bom.csv': ('\ufeff' + R + 'a,5,1000\n', 'ok'),
 'semicolon_decimal_comma.csv': ('id;count;denominator\na;5;1.000\n', 'ok'),
 'semicolon_4.0.csv': ('id;count;denominator\na;4.0;1000\n', 'err'),
 'semicolon_1.000.csv': ('id;count;denominator\na;5;1.000\n', 'ok'),
 'unterminated_quote.csv': (R + '"a,5,1000\nb,3,100\n', 'err'),
 'duplicate_rows.csv': (R + 'a,5,1000\na,5,1000\n', 'err'),
 'num_gt_den.csv': (R + 'a,50,10\n', 'ok'),  # rates (Poisson) allow count > denominator
 'negative_count.csv': (R + 'a,-5,1000\n', 'err'), 'nan.csv': (R + 'a,NaN,1000\n', 'err'),
 'infinity.csv': (R + 'a,Infinity,1000\n', 'err'), 'huge.csv': (R + 'a,5,1e308\n', 'err'),
 'den_zero.csv': (R + 'a,5,0\n', 'err'), 'short_row.csv': (R + 'a,5\n', 'err'),
 'long_row.csv': (R + 'a,5,1000,7\n', 'err'), 'text_count.csv': (R + 'a,five,1000\n', 'err'),
 'empty_id.csv': (R + ',5,1000\n', 'err'), 'crlf.csv': (R.replace('\n', '\r\n') + 'a,5,1000\r\n', 'ok'),
 'missing_column.csv': ('id,count\na,5\n', 'err'), 'fraction_count.csv': (R + 'a,2.5,1000\n', 'err'),
 'big_field.csv': (R + 'x' * 1_000_000 + ',5,1000\n', 'ok'),
}
for n, (t, e) in rates.items(): case(f'rates/{n}', ['rates', '--input', w(f'rates/{n}', t)], e)
case('rates/cp1252.csv', ['rates', '--input', w('rates/cp1252.csv', 'id;count;denominator\nMüsen;5;1000\n', 'cp1252')], 'ok')
case('rates/is_directory', ['rates', '--input', OUT + '/rates'], 'err')
case('rates/missing_file', ['rates', '--input', OUT + '/rates/nope.csv'], 'err')
case('rates/out_unwritable', ['rates', '--input', OUT + '/rates/bom.csv', '--out', '/proc/nope/out.csv'], 'err')
case('rates/out_equals_input', ['rates', '--input', OUT + '/rates/bom.csv', '--out', OUT + '/rates/bom.csv'], 'err')
case('rates/out_is_dir', ['rates', '--input', OUT + '/rates/bom.csv', '--out', OUT + '/rates'], 'err')
case('rates/bad_level', ['rates', '--input', OUT + '/rates/bom.csv', '--level', '1.5'], 'err')
# ---- index CSVs
D = 'uCode,a,b\nu1,1,2\nu2,3,4\nu3,5,1\n'
M = 'iCode,Level,Parent,Direction,Weight,Type\na,1,I,1,1,Indicator\nb,1,I,1,1,Indicator\nI,2,,1,1,Aggregate\n'
idx = {
 'ok': (D, M, 'ok'), 'data_empty': ('', M, 'err'), 'meta_empty': (D, '', 'err'),
 'data_header_only': ('uCode,a,b\n', M, 'err'), 'short_row': ('uCode,a,b\nu1,1\nu2,3,4\n', M, 'err'),
 'dup_unit': (D + 'u1,1,2\n', M, 'err'), 'nan': ('uCode,a,b\nu1,NaN,2\nu2,3,4\nu3,5,1\n', M, 'err'),
 'col_all_missing': ('uCode,a,b\nu1,,2\nu2,,4\nu3,,1\n', M, 'err'),
 'zero_weights': (D, M.replace(',1,1,Indicator', ',1,0,Indicator'), 'err'),
 'unknown_parent': (D, M.replace('b,1,I,', 'b,1,X,'), 'err'),
 'semicolon_de': ('uCode;a;b\nu1;1,5;2\nu2;3;4\nu3;5;1\n', M, 'ok'),
 'semicolon_4.0': ('uCode;a;b\nu1;4.0;2\nu2;3;4\nu3;5;1\n', M, 'err'),
 'meta_missing_indicator_col': ('uCode,a\nu1,1\nu2,3\n', M, 'err'),
 'huge': ('uCode,a,b\nu1,1e308,2\nu2,-1e308,4\nu3,5,1\n', M, 'err'),
}
for n, (d, m, e) in idx.items():
    case(f'index/{n}', ['index', '--data', w(f'index/{n}_data.csv', d), '--meta', w(f'index/{n}_meta.csv', m)], e)
case('index/out_unwritable', ['index', '--data', OUT + '/index/ok_data.csv', '--meta', OUT + '/index/ok_meta.csv', '--out', '/proc/nope/x.csv'], 'err')
case('index/stages_unwritable', ['index', '--data', OUT + '/index/ok_data.csv', '--meta', OUT + '/index/ok_meta.csv', '--stages', '/proc/nope'], 'err')
case('index/out_equals_input', ['index', '--data', OUT + '/index/ok_data.csv', '--meta', OUT + '/index/ok_meta.csv', '--out', OUT + '/index/ok_data.csv'], 'err')
# ---- access CSVs
DM = 'id,demand\nz1,100\nz2,50\n'; SP = 'id,capacity\ns1,10\n'; CO = 'origin,destination,cost\nz1,s1,5\nz2,s1,8\n'
acc = {
 'ok': (DM, SP, CO, 'ok'), 'demand_empty': ('', SP, CO, 'err'), 'neg_demand': ('id,demand\nz1,-100\nz2,50\n', SP, CO, 'err'),
 'nan_cap': (DM, 'id,capacity\ns1,NaN\n', CO, 'err'), 'neg_cost': (DM, SP, 'origin,destination,cost\nz1,s1,-5\nz2,s1,8\n', 'err'),
 'unknown_origin': (DM, SP, CO + 'z9,s1,3\n', 'err'), 'dup_pair': (DM, SP, CO + 'z1,s1,6\n', 'err'),
 'dup_demand_id': (DM + 'z1,20\n', SP, CO, 'err'), 'semicolon_de': ('id;demand\nz1;1.000\nz2;50\n', SP, CO, 'ok'),
 'semicolon_4.0': ('id;demand\nz1;4.0\nz2;50\n', SP, CO, 'err'), 'unterminated': (DM, SP, 'origin,destination,cost\n"z1,s1,5\n', 'err'),
 'inf_cost': (DM, SP, 'origin,destination,cost\nz1,s1,Infinity\nz2,s1,8\n', 'err'),
}
for n, (d, s, c, e) in acc.items():
    case(f'access/{n}', ['access', '--demand', w(f'access/{n}_d.csv', d), '--supply', w(f'access/{n}_s.csv', s),
                         '--costs', w(f'access/{n}_c.csv', c), '--method', '2sfca'], e)
case('access/bad_radius', ['access', '--demand', OUT + '/access/ok_d.csv', '--supply', OUT + '/access/ok_s.csv', '--costs', OUT + '/access/ok_c.csv', '--method', '2sfca', '--radius', '-3'], 'err')
case('access/bad_method', ['access', '--demand', OUT + '/access/ok_d.csv', '--supply', OUT + '/access/ok_s.csv', '--costs', OUT + '/access/ok_c.csv', '--method', 'foo'], 'err')
case('access/out_unwritable', ['access', '--demand', OUT + '/access/ok_d.csv', '--supply', OUT + '/access/ok_s.csv', '--costs', OUT + '/access/ok_c.csv', '--method', '2sfca', '--out', '/proc/nope/x.csv'], 'err')
case('access/out_equals_input', ['access', '--demand', OUT + '/access/ok_d.csv', '--supply', OUT + '/access/ok_s.csv', '--costs', OUT + '/access/ok_c.csv', '--method', '2sfca', '--out', OUT + '/access/ok_c.csv'], 'err')
# ---- GENESIS
gsrc = open(f'{GEN}/13211-02-05-4_kreise_utf8.csv', encoding='utf-8').read()
gen = {'empty.csv': '', 'garbage.csv': 'hello;world\n1;2\n', 'truncated.csv': gsrc[:len(gsrc)//3],
       'only_head.csv': '\n'.join(gsrc.splitlines()[:6]) + '\n',
       'ags_no_zero.csv': gsrc.replace(';05', ';5', 3)}
for n, t in gen.items(): case(f'genesis/{n}', ['import-genesis', w(f'genesis/{n}', t), '--out', f'{OUT}/genesis/{n}.out.csv'], 'err' if n != 'ags_no_zero.csv' else 'ok')
case('genesis/ok', ['import-genesis', f'{GEN}/13211-02-05-4_kreise_utf8.csv', '--out', f'{OUT}/genesis/ok.out.csv'], 'ok')
case('genesis/out_equals_input', ['import-genesis', w('genesis/copy.csv', gsrc), '--out', f'{OUT}/genesis/copy.csv'], 'err')
case('genesis/is_directory', ['import-genesis', f'{OUT}/genesis', '--out', f'{OUT}/genesis/d.out.csv'], 'err')
# ---- JSON data set (validate)
def ds(name, mut, expect, raw=None):
    if raw is not None: p = w(f'json/{name}.json', raw)
    else:
        d = copy.deepcopy(SAMPLE); mut(d); p = w(f'json/{name}.json', json.dumps(d, ensure_ascii=False))
    case(f'json/{name}', ['validate', '--data', p], expect)
ds('ok', lambda d: None, 'ok'); ds('empty', None, 'err', raw=''); ds('not_json', None, 'err', raw='{"format": ')
ds('array', None, 'err', raw='[]')
def s(path_val):
    def f(d):
        o = d
        for k in path_val[:-2]: o = o[k]
        o[path_val[-2]] = path_val[-1]
    return f
ds('unknown_member', lambda d: d['offerings'][0].__setitem__('capcity', 5), 'err')
ds('string_number', s(['offerings', 0, 'capacity', 'amount', '156']), 'err')
ds('neg_capacity', s(['offerings', 0, 'capacity', 'amount', -5]), 'err')
ds('huge_capacity', s(['offerings', 0, 'capacity', 'amount', 1e308]), 'err')
ds('num_gt_den', lambda d: d['indicators'][0].update(value=20000, denominator=14139), 'err')
ds('den_zero', lambda d: d['indicators'][0].update(denominator=0), 'err')
ds('dup_space', lambda d: d['spaces'].append(copy.deepcopy(d['spaces'][1])), 'err')
ds('dup_indicator', lambda d: d['indicators'].append(copy.deepcopy(d['indicators'][0])), 'err')
ds('unknown_space_ref', s(['indicators', 0, 'space', 'nowhere']), 'err')
ds('bad_date', s(['indicators', 0, 'date', '2022-13-31']), 'err')
ds('wrong_format', s(['format', 'something/else']), 'err')
ds('huge_amount', lambda d: [f.__setitem__('amountPerYear', 7.9e28) for f in d['offerings'][0].get('funding', [])[:1]], 'err')
dupkey = json.dumps(SAMPLE, ensure_ascii=False).replace('"version": 1', '"version": 1, "version": 1', 1)
ds('duplicate_key', None, 'err', raw=dupkey)
ds('cp1252', None, 'err', raw=json.dumps(SAMPLE, ensure_ascii=False).encode('cp1252', 'replace'))
ds('bom', None, 'ok', raw=b'\xef\xbb\xbf' + json.dumps(SAMPLE, ensure_ascii=False).encode())
# ---- data folder
def folder(name, edits, expect, cmd='validate'):
    p = f'{OUT}/folder/{name}'; shutil.copytree(MK, p)
    for fn, fun in edits.items():
        fp = f'{p}/{fn}'
        if fun is None: os.remove(fp); continue
        raw = open(fp, encoding='utf-8').read() if os.path.exists(fp) else ''; res = fun(raw)  # a new file (richtwerte.csv) starts empty
        with open(fp, 'wb') as f: f.write(res if isinstance(res, bytes) else res.encode('utf-8'))
    case(f'folder/{name}', [cmd, '--data', p], expect)
folder('ok', {}, 'ok')
folder('spaces_empty', {'spaces.csv': lambda t: ''}, 'err')
folder('angebote_header_only', {'angebote.csv': lambda t: t.splitlines()[0] + '\n'}, 'err')
folder('angebote_missing', {'angebote.csv': None}, 'err')
folder('dup_inventory_row', {'angebote.csv': lambda t: t + t.splitlines()[1] + '\n'}, 'err')
folder('cp1252_angebote', {'angebote.csv': lambda t: t.encode('cp1252', 'replace')}, 'ok')
folder('neg_population', {'population.csv': lambda t: t.replace(',120\n', ',-120\n', 1)}, 'err')
folder('dup_population', {'population.csv': lambda t: t + t.splitlines()[1] + '\n'}, 'err')
folder('orphan_population', {'population.csv': lambda t: t + '09999999,2024-12-31,0-3,5\n'}, 'err')
folder('nan_indicator', {'indicators.csv': lambda t: t.replace(',5.5,', ',NaN,', 1)}, 'err')
folder('dup_indicator', {'indicators.csv': lambda t: t + t.splitlines()[1] + '\n'}, 'err')
folder('unterminated_quote', {'angebote.csv': lambda t: t.replace('sb-nord,', '"sb-nord,', 1)}, 'err')
folder('capacity_text', {'angebote.csv': lambda t: t.replace(',1.5,fte', ',anderthalb,fte', 1)}, 'err')
folder('capacity_huge', {'angebote.csv': lambda t: t.replace(',1.5,fte', ',1e308,fte', 1)}, 'err')
folder('amount_huge', {'angebote.csv': lambda t: t.replace(',50000', ',7.9e28', 1)}, 'err')
def semi(t, conv):
    return '\n'.join(conv(';'.join(l.split(','))) for l in t.splitlines()) + '\n'
folder('population_semicolon', {'population.csv': lambda t: semi(t, lambda l: l)}, 'ok')
folder('pop_semicolon_4.0', {'population.csv': lambda t: semi(t.replace(',120\n', ',120.0\n', 1), lambda l: l)}, 'err')
folder('pop_semicolon_1.000', {'population.csv': lambda t: semi(t.replace(',120\n', ',1.200\n', 1), lambda l: l)}, 'ok')
folder('spaces_is_directory', {'spaces.csv': None}, 'err'); os.makedirs(f'{OUT}/folder/spaces_is_directory/spaces.csv')
folder('ags_no_zero', {'indicators.csv': lambda t: t.replace('05999004,arbeitslosenanteil', '5999004,arbeitslosenanteil', 1)}, 'ok')
# ---- inventory CSV via --data FILE? (angebote.csv alone) + report outputs
case('folder/report_out_equals_data', ['report', '--data', f'{OUT}/folder/ok', '--out', f'{OUT}/folder/ok'], 'err')
case('folder/cuts_out_unwritable', ['cuts', '--data', f'{OUT}/folder/ok', '--out', '/proc/nope', '--draws', '10'], 'err')
case('folder/cuts_draws_huge', ['cuts', '--data', f'{OUT}/folder/ok', '--draws', '100000000'], 'err')
# ---- scenario JSON
SC = {"format": "sozialindikatoren/cut-scenario", "version": 1, "name": "T", "lines": [
      {"label": "L", "source": "land", "programmes": ["*"], "percent": 20, "effectiveFrom": "2025-01-01", "status": "assumption", "note": "n"}]}
def sc(name, mut, expect, raw=None):
    if raw is None:
        d = copy.deepcopy(SC); mut(d); raw = json.dumps(d)
    p = w(f'scenario/{name}.json', raw)
    case(f'scenario/{name}', ['cuts', '--data', f'{OUT}/folder/ok', '--scenario', p, '--draws', '0', '--out', f'{OUT}/scenario/out_{name}'], expect)
sc('ok', lambda d: None, 'ok'); sc('empty', None, 'err', raw=''); sc('percent_string', lambda d: d['lines'][0].update(percent='20'), 'err')
sc('percent_over_100', lambda d: d['lines'][0].update(percent=150), 'err'); sc('percent_negative', lambda d: d['lines'][0].update(percent=-5), 'err')
sc('both_percent_amount', lambda d: d['lines'][0].update(amountPerYear=1000), 'err')
sc('unknown_member', lambda d: d['lines'][0].update(percnt=5), 'err'); sc('no_lines', lambda d: d.update(lines=[]), 'ok')
sc('bad_date', lambda d: d['lines'][0].update(effectiveFrom='2025-02-30'), 'err')
sc('amount_huge', lambda d: (d['lines'][0].pop('percent'), d['lines'][0].update(amountPerYear=7.9e28)), 'err')
sc('nan_literal', None, 'err', raw=json.dumps(SC).replace('20', 'NaN', 1))

# ---- session 7 additions (issue 16): suppress --input, richtwerte, kuerzungen, vertraulich, xlsx workbooks, boundaries
import zipfile
SU = 'row,col,value\nA,x,1\nA,y,5\nB,x,4\nB,y,6\n'
sup = {'ok': (SU, 'ok'), 'empty': ('', 'err'), 'negative': (SU.replace('B,y,6', 'B,y,-6'), 'err'),
       'dup_cell': (SU + 'A,x,2\n', 'err'), 'text_value': (SU.replace('A,y,5', 'A,y,fünf'), 'err'),
       'fraction': (SU.replace('A,y,5', 'A,y,2.5'), 'err'), 'missing_column': ('row,col\nA,x\n', 'err'),
       'huge': (SU.replace('A,y,5', 'A,y,1e300'), 'err')}
for n, (t, e) in sup.items():
    case(f'suppress/{n}', ['suppress', '--input', w(f'suppress/{n}.csv', t), '--out', f'{OUT}/suppress/{n}.out.csv'], e)
RW = 'domain,unit,value,per,source,status\nSchuldnerberatung,VZÄ,2,50000,AG SBV 2003,veröffentlicht\n'
folder('richtwerte_ok', {'richtwerte.csv': lambda t: RW}, 'ok')
folder('richtwerte_negative', {'richtwerte.csv': lambda t: RW.replace(',2,50000', ',-2,50000')}, 'err')
folder('richtwerte_dup', {'richtwerte.csv': lambda t: RW + RW.splitlines()[1] + '\n'}, 'err')
folder('richtwerte_unknown_domain', {'richtwerte.csv': lambda t: RW.replace('Schuldnerberatung', 'Raumfahrt')}, 'err')
folder('richtwerte_no_source', {'richtwerte.csv': lambda t: RW.replace('AG SBV 2003', '')}, 'err')
folder('richtwerte_per_zero', {'richtwerte.csv': lambda t: RW.replace(',50000,', ',0,')}, 'err')
KU = 'label,source,share,from\nL,land,0.2,2025\n'
ku = {'ok': (KU, 'ok'), 'share_and_amount': ('label,source,share,amount,from\nL,land,0.2,1000,2025\n', 'err'),
      'share_over_1': (KU.replace('0.2', '1.5'), 'err'), 'bad_date': (KU.replace('2025', '2025-02-30'), 'err'),
      'no_label_column': ('source,share,from\nland,0.2,2025\n', 'err'), 'unknown_source': (KU.replace('land', 'mond'), 'err')}
for n, (t, e) in ku.items():
    case(f'kuerzungen/{n}', ['cuts', '--data', f'{OUT}/folder/ok', '--scenario', w(f'kuerzungen/{n}/kuerzungen.csv', t), '--draws', '0', '--out', f'{OUT}/kuerzungen/out_{n}'], e)
def conf(value):
    return lambda t: '\n'.join(l + (',vertraulich' if i == 0 else f',{value}') for i, l in enumerate(t.splitlines()) if l) + '\n'
folder('vertraulich_ok', {'indicators.csv': conf('ja')}, 'ok')
folder('vertraulich_bad', {'indicators.csv': conf('vielleicht')}, 'err')
# workbooks: the template (written by the CLI) and broken packages
tpl = f'{OUT}/xlsx/vorlage.xlsx'; os.makedirs(f'{OUT}/xlsx', exist_ok=True)
subprocess.run(['dotnet', DLL, 'template', '--out', tpl], capture_output=True, cwd=OUT)
case('xlsx/template', ['validate', '--data', tpl], 'ok')
tb = open(tpl, 'rb').read() if os.path.exists(tpl) else b''
case('xlsx/not_a_zip', ['validate', '--data', w('xlsx/text.xlsx', 'uCode,a\n1,2\n')], 'err')
case('xlsx/truncated', ['validate', '--data', w('xlsx/truncated.xlsx', tb[:len(tb) // 2])], 'err')
def rezip(name, change):
    p = f'{OUT}/xlsx/{name}.xlsx'
    with zipfile.ZipFile(tpl) as src, zipfile.ZipFile(p, 'w') as dst:
        for i in src.infolist():
            data = src.read(i.filename)
            dst.writestr(i, change(i.filename, data))
    return p
sheets = [n for n in zipfile.ZipFile(tpl).namelist() if n.startswith('xl/worksheets/')] if tb else []
case('xlsx/sheet_garbage', ['validate', '--data', rezip('garbage', lambda n, d: b'<worksheet' if n in sheets[:1] else d)], 'err')
# The template writes inline strings (no sharedStrings.xml, no t="s" cells): break an inline string's XML so the
# mutation takes effect (a first version edited sharedStrings.xml, which the template has not, and tested nothing).
case('xlsx/inline_string_broken', ['validate', '--data', rezip('inline', lambda n, d: d.replace(b'<x:is>', b'<x:is><x:r>', 1) if n in sheets[:1] else d)], 'err')
# boundaries of a data folder
folder('geojson_truncated', {'grenzen.geojson': lambda t: t[:len(t) // 2]}, 'err')
folder('geojson_not_json', {'grenzen.geojson': lambda t: 'this is not json'}, 'err')
folder('geojson_cp1252', {'grenzen.geojson': lambda t: t.replace('"name": "', '"name": "Müsen ', 1).encode('cp1252', 'replace')}, 'err')
folder('geojson_no_features', {'grenzen.geojson': lambda t: '{"type": "FeatureCollection", "features": []}'}, 'err')
folder('geojson_bad_coordinates', {'grenzen.geojson': lambda t: re.sub(r'\[\s*(-?\d+\.\d+)\s*,', '["x",', t, count=1)}, 'err')
folder('shapefile_garbage', {'grenzen.geojson': None}, 'err')
with open(f'{OUT}/folder/shapefile_garbage/grenzen.shp', 'wb') as f: f.write(b'\x00\x00\x27\x0a' + bytes(range(256)) * 3)

# ---- run
rows = []; counts = {}
for name, args, expect, note in cases:
    try:
        r = subprocess.run(['dotnet', DLL] + args, capture_output=True, text=True, timeout=120, cwd=OUT, errors='replace')
        rc, out, err = r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired: rc, out, err = 'timeout', '', ''
    both = out + err
    if re.search(r'Unhandled exception|^\s+at [A-Z][\w.]+\(', both, re.M) or rc == 134: cls = 'stack trace'
    elif expect == 'ok': cls = 'correct' if rc == 0 else 'valid rejected'
    elif rc == 0:
        # Accepted, but with a warning line about this input (not the sample boundary file's own warning).
        warned = any(l.startswith('warning:') and 'grenzen' not in l for l in err.splitlines())
        cls = 'accepted with warning' if warned else 'silently accepted'
    else:
        first = next((l for l in err.splitlines() if l.strip()), '')
        loc = re.search(r'(line|Zeile|\.csv|\.json|\$\.|option|--|/)', err, re.I)
        cls = 'clear error' if loc else 'unclear error'
    counts[cls] = counts.get(cls, 0) + 1
    msg = next((l for l in (err + out).splitlines() if re.search(r'Fehler|error|warn|Problem|Exception', l, re.I)), (err or out).splitlines()[0] if (err or out) else '')
    rows.append(f'| {name} | {" ".join(a.replace(OUT, "$IN") for a in args[:1])} | {expect} | {rc} | {cls} | {msg[:160].replace("|", "/")} |')
    print(f'{cls:18} {rc!s:4} {name}: {msg[:150]}', flush=True)
with open(f'{OUT}/RESULTS.md', 'w') as f:
    f.write('# Review pass (issue #16)\n\n' + '\n'.join(f'- {k}: {v}' for k, v in sorted(counts.items())) + f'\n- total: {len(cases)}\n\n')
    f.write('| input | command | expect | exit | class | first message |\n|---|---|---|---|---|---|\n' + '\n'.join(rows) + '\n')
print(counts, len(cases))
