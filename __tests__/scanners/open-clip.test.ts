import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { python } from '../../src/scanners/index.js';
import { runCli as run } from '../helpers/cli.js';
import { reportJson } from '../helpers/json.js';
import { brief, ctx, dedent, scanWith } from './helpers.js';

const py = scanWith(python, 'eval/zero_shot.py');

describe('OpenCLIP: an architecture and a pretrained tag name the Hub repository of the weights', () => {
  it('reads create_model_and_transforms, create_model and create_model_from_pretrained, at the tag', () => {
    expect(
      py(`
        import torch
        import open_clip

        device = "cuda" if torch.cuda.is_available() else "cpu"
        model, _, preprocess = open_clip.create_model_and_transforms('ViT-B-32', pretrained='laion2b_s34b_b79k')
        model = open_clip.create_model('ViT-L-14', pretrained='openai', device=device)
        model, preprocess = open_clip.create_model_from_pretrained('ViT-SO400M-14-SigLIP', pretrained='webli')
        model, _, preprocess = open_clip.create_model_and_transforms("ViT-H-14", "dfn5b", precision="fp16")
        tokenizer = open_clip.get_tokenizer('ViT-B-32')
      `),
    ).toEqual([
      '5:86 hub laion/CLIP-ViT-B-32-laion2B-s34B-b79K',
      '6:56 hub timm/vit_large_patch14_clip_224.openai',
      '7:96 hub timm/ViT-SO400M-14-SigLIP',
      '8:75 hub apple/DFN5B-CLIP-ViT-H-14',
    ]);
  });

  it('reads the factories imported by name or under an alias, with values held in constants', () => {
    expect(
      py(`
        import open_clip as oc
        from open_clip import create_model_and_transforms, get_tokenizer

        CLIP_MODEL = "ViT-B-16"
        CLIP_PRETRAINED = "metaclip_fullcc"

        model, _, preprocess = create_model_and_transforms(CLIP_MODEL, pretrained=CLIP_PRETRAINED)
        tokenizer = get_tokenizer(CLIP_MODEL)
        coca, _, transform = oc.create_model_and_transforms(
            model_name="coca_ViT-L-14",
            pretrained="mscoco_finetuned_laion2b_s13b_b90k",
        )
      `),
    ).toEqual([
      '5:20 hub timm/vit_base_patch16_clip_224.metaclip_2pt5b',
      '11:17 hub laion/mscoco_finetuned_CoCa-ViT-L-14-laion2B-s13B-b90k',
    ]);
  });

  it('reads names as open_clip does: `/` for `-`, tags in any case with `-` for `_`; -quickgelu takes only QuickGELU tags', () => {
    expect(
      py(`
        import open_clip
        a = open_clip.create_model('ViT-B/32', pretrained='LAION2B-S34B-B79K')
        b = open_clip.create_model('ViT-B-32-quickgelu', pretrained='laion400m_e32')
        c = open_clip.create_model('ViT-B-16-quickgelu', pretrained='laion400m_e32')
        d = open_clip.create_model('ViT-B-16', pretrained='laion2b_s34b_b79k')
      `),
    ).toEqual([
      '2:52 hub laion/CLIP-ViT-B-32-laion2B-s34B-b79K',
      '3:62 hub timm/vit_base_patch32_clip_224.laion400m_e32',
    ]);
  });

  it('hf-hub: as the model name is that repository (open_clip ignores pretrained then)', () => {
    expect(
      py(`
        import open_clip
        model, preprocess = open_clip.create_model_from_pretrained('hf-hub:laion/CLIP-ViT-g-14-laion2B-s12B-b42K')
        m2, _, p2 = open_clip.create_model_and_transforms('hf-hub:timm/ViT-B-16-SigLIP', pretrained='webli')
      `),
    ).toEqual(['2:68 hub laion/CLIP-ViT-g-14-laion2B-s12B-b42K', '3:59 hub timm/ViT-B-16-SigLIP']);
  });

  it('names nothing for a tokenizer, a random init, a local checkpoint or folder, or another library of the same names', () => {
    expect(
      py(`
        import open_clip
        import timm

        tokenizer = open_clip.get_tokenizer('ViT-B-32')
        scratch = open_clip.create_model('ViT-B-32')
        untrained = open_clip.create_model_and_transforms('ViT-B-32', pretrained=None)
        tuned = open_clip.create_model('ViT-B-32', pretrained='/ckpts/epoch_32.pt')
        tuned2 = open_clip.create_model_and_transforms('ViT-L-14', pretrained='logs/run1/checkpoints/epoch_10.bin')
        local = open_clip.create_model_from_pretrained('local-dir:./exported/clip')
        backbone = timm.create_model('ViT-B-32', pretrained='openai')
      `),
    ).toEqual([]);
  });

  it('reads the factories in notebook code cells', () => {
    const nb = JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['# Zero-shot with OpenCLIP\n'] },
          {
            cell_type: 'code',
            metadata: {},
            execution_count: 1,
            source: [
              'import open_clip\n',
              "model, _, preprocess = open_clip.create_model_and_transforms('ViT-B-32', pretrained='metaclip_400m')\n",
              "tokenizer = open_clip.get_tokenizer('ViT-B-32')\n",
            ],
            outputs: [],
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    );
    expect(brief(python.extract(nb, 'notebooks/zero_shot.ipynb', ctx))).toEqual([
      expect.stringMatching(/^\d+:\d+ hub timm\/vit_base_patch32_clip_224\.metaclip_400m$/),
    ]);
  });
});

describe('OpenCLIP end to end (offline, default policy)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("blocks MetaCLIP's weights (CC-BY-NC-4.0) and allows LAION's (MIT) and SigLIP's (Apache-2.0)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-openclip-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'embed.py'),
      dedent(`
        import open_clip

        laion, _, preprocess = open_clip.create_model_and_transforms('ViT-B-32', pretrained='laion2b_s34b_b79k')
        meta, _, preprocess = open_clip.create_model_and_transforms('ViT-B-16-quickgelu', pretrained='metaclip_fullcc')
        siglip, preprocess = open_clip.create_model_from_pretrained('ViT-SO400M-14-SigLIP-384', pretrained='webli')
        tokenizer = open_clip.get_tokenizer('ViT-B-32')
      `),
    );
    const r = await run(['check', dir, '--offline', '--format', 'json']);
    const report = reportJson(r.stdout);
    const models = report.models as unknown as Array<{ id: string; status: string; license: string | null }>;
    const byId = Object.fromEntries(models.map((m) => [m.id, m]));
    expect(Object.keys(byId).sort()).toEqual([
      'laion/CLIP-ViT-B-32-laion2B-s34B-b79K',
      'timm/ViT-SO400M-14-SigLIP-384',
      'timm/vit_base_patch16_clip_224.metaclip_2pt5b',
    ]);
    expect(byId['timm/vit_base_patch16_clip_224.metaclip_2pt5b']).toMatchObject({
      status: 'blocked',
      license: 'cc-by-nc-4.0',
    });
    expect(byId['laion/CLIP-ViT-B-32-laion2B-s34B-b79K'].license).toBe('mit');
    expect(byId['timm/ViT-SO400M-14-SigLIP-384'].license).toBe('apache-2.0');
    expect(byId['laion/CLIP-ViT-B-32-laion2B-s34B-b79K'].status).not.toBe('blocked');
    expect(byId['timm/ViT-SO400M-14-SigLIP-384'].status).not.toBe('blocked');
    expect(report.verdict).toBe('fail');
    expect(r.code).toBe(1);
  });
});
