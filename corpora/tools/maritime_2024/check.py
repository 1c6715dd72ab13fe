import re,sys,os,yaml,html
from docx import Document
import pypdf
R=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','..'); B=os.path.join(R,'evals'); D=os.path.join(R,'corpora','maritime_2024')
def text(f):
    p=os.path.join(D,f)
    if f.endswith('.pdf'): return re.sub(r'\s+',' ',' '.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages))
    if f.endswith('.docx'):
        d=Document(p); ps=[x.text for x in d.paragraphs]+[c.text for t in d.tables for r in t.rows for c in r.cells]; return '\n'.join(ps)
    s=open(p,encoding='utf-8').read()
    if f.endswith('.html'):
        s=re.search(r'<article>(.*)</article>',s,re.S).group(1); s=html.unescape(re.sub(r'<[^>]+>','',s))
    if f.endswith('.md'): s=re.sub(r'[*#]','',s)
    return s
G=yaml.safe_load(open(os.path.join(B,'maritime_gold.yaml'))); Q=yaml.safe_load(open(os.path.join(B,'maritime_questions.yaml')))
T={f:text(f) for f in os.listdir(D) if not f.endswith('.yaml')}
err=[]
for s in G['sentences']:
    n=T[s['file']].count(s['text'])
    if n!=1: err.append(('sentence',s['file'],n,s['text'][:60]))
for d in G['documents']:
    for sp in d['speakers']:
        last=sp['name'].split()[-1]
        if sp['name'] not in T[d['file']] and last not in T[d['file']] and sp['name'].upper() not in T[d['file']]: err.append(('speaker',d['file'],sp['name']))
allt='\n'.join(T.values()).lower()
for c in Q['cases']:
    if c['expect']['answerable']:
        for alts in c['expect'].get('facts',[]):
            if not any(a.lower() in allt for a in alts): err.append(('fact',c['id'],alts))
for e in err: print(e)
print('errors',len(err)); sys.exit(1 if err else 0)
