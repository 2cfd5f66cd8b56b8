import json, sys, collections
P=sys.argv[1] if len(sys.argv)>1 else '/work/main/data/testset/social-posts.jsonl'
REQ=['id','text','language','sentiment','intent','risk','spam','spamKind','network']
A={'language':{'id','en','jv','su','ms','und'},'sentiment':{'negative','neutral','positive'},
   'intent':{'complaint','question','praise','other'},'network':{'x','instagram','facebook','youtube','tiktok','news','blog','email','review'}}
KINDS={None,'gambling','loan','followers','phishing','giveaway','promo','flood'}
errs=[];ids=set();texts=collections.Counter();C=collections.defaultdict(collections.Counter)
for n,line in enumerate(open(P,encoding='utf-8'),1):
    try: o=json.loads(line)
    except Exception as e: errs.append(f'line {n}: bad json {e}'); continue
    for k in REQ:
        if k not in o: errs.append(f'line {n}: missing {k}')
    extra=set(o)-set(REQ)-{'notes'}
    if extra: errs.append(f'line {n}: extra keys {extra}')
    for k,v in A.items():
        if o.get(k) not in v: errs.append(f'line {n}: bad {k}={o.get(k)!r}')
    if not isinstance(o.get('risk'),list) or any(r not in ('legal','viral','safety') for r in o['risk']) or len(set(o['risk']))!=len(o['risk']):
        errs.append(f'line {n}: bad risk')
    if not isinstance(o.get('spam'),bool): errs.append(f'line {n}: spam not bool')
    if o.get('spamKind') not in KINDS: errs.append(f'line {n}: bad spamKind')
    if o.get('spam') != (o.get('spamKind') is not None): errs.append(f'line {n}: spam/spamKind mismatch')
    if 'notes' in o and not isinstance(o['notes'],str): errs.append(f'line {n}: notes not str')
    if not isinstance(o.get('text'),str) or not o['text'].strip(): errs.append(f'line {n}: empty text')
    if o.get('id') in ids: errs.append(f'line {n}: dup id {o.get("id")}')
    ids.add(o.get('id'))
    texts[o['text'].strip().lower()]+=1
    for k in ('language','sentiment','intent','network','spamKind'): C[k][str(o[k])]+=1
    C['spam'][str(o['spam'])]+=1
    for r in o['risk']: C['risk'][r]+=1
    if not o['risk']: C['risk']['(none)']+=1
    w=len(o['text'].split()); C['length'][ '1-5' if w<=5 else '6-15' if w<=15 else '16-30' if w<=30 else '31+']+=1
for t,c in texts.items():
    if c>1: errs.append(f'duplicate text x{c}: {t[:60]}')
print('posts:',len(ids))
for k in ('language','sentiment','intent','risk','spam','spamKind','network','length'):
    print(k, dict(sorted(C[k].items(),key=lambda x:-x[1])))
print('ERRORS:',len(errs)); [print(' ',e) for e in errs]
sys.exit(1 if errs else 0)
