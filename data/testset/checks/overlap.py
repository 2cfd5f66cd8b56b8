import os
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
SHARED = os.path.join(REPO, '..', 'shared', 'data')
POSTS = os.path.join(REPO, 'data', 'testset', 'social-posts.jsonl')
import csv, glob, json, re, sys
csv.field_size_limit(10**9)
def norm(s): return ' '.join(re.sub(r'[^\w]+',' ',s.lower()).split())
ext=[]
for f in glob.glob(SHARED + '/sentiment/smsa/*.tsv'):
    for ln in open(f,encoding='utf-8'): ext.append(ln.rsplit('\t',1)[0])
for f in glob.glob(SHARED + '/sentiment/nusax/*/*.csv'):
    for r in csv.DictReader(open(f,encoding='utf-8')): ext.append(r['text'])
vf=SHARED + '/sentiment/vader/tweets_GroundTruth.txt'
for ln in open(vf,encoding='utf-8',errors='replace'):
    p=ln.rstrip('\n').split('\t'); ext.append(p[-1] if len(p)>1 else p[0])
extn=[norm(t) for t in ext]; extset=set(extn); blob='\n'.join(extn)
N=6
grams=set()
for t in extn:
    w=t.split()
    for i in range(len(w)-N+1): grams.add(' '.join(w[i:i+N]))
posts=[json.loads(l) for l in open(POSTS,encoding='utf-8')]
exact=[];contained=[];ngram=[]
for p in posts:
    t=norm(p['text']); w=t.split()
    if t in extset: exact.append(p['id'])
    elif len(w)>=4 and t in blob: contained.append(p['id'])
    hits=[' '.join(w[i:i+N]) for i in range(len(w)-N+1) if ' '.join(w[i:i+N]) in grams]
    if hits: ngram.append((p['id'],hits[:3]))
print(f'reference texts: {len(ext)}; posts: {len(posts)}')
print('exact matches:',exact); print('posts (>=4 words) contained in a reference text:',contained)
print(f'posts sharing any {N}-word sequence with a reference text:',ngram)
