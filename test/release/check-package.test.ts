/** What `prepublishOnly` checks in package.json before `npm publish`. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {packageProblems} from '../../scripts/check-package.js';
import {repoRoot, requireBuild} from './helpers.js';

requireBuild();
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

test('package.json is publishable once it names its repository', () => {
  const withRepository = {...pkg, repository: {type: 'git', url: 'git+https://example.invalid/kiut.git'}};
  assert.deepEqual(packageProblems(withRepository), []);
  const problems = packageProblems({...pkg, repository: undefined});
  assert.equal(problems.length, 1);
  assert.match(problems[0], /"repository" is missing: add \{"type": "git", "url": "git\+https:\/\/…"\}/);
});

test('a missing export target, file or changelog entry, or "private", is named with the fix', () => {
  const broken = {
    ...pkg,
    repository: 'git+https://example.invalid/kiut.git',
    private: true,
    version: '9.9.9',
    exports: {...pkg.exports, './extra': {types: './dist/types/extra.d.ts', default: './dist/npm/extra.js'}},
    files: [...pkg.files, 'dist/nothing/'],
  };
  const problems = packageProblems(broken).join('\n');
  assert.match(problems, /"private": true stops npm publish: remove it/);
  assert.match(problems, /exports\["\.\/extra"\] points to \.\/dist\/types\/extra\.d\.ts, which does not exist/);
  assert.match(problems, /exports\["\.\/extra"\] points to \.\/dist\/npm\/extra\.js, which does not exist/);
  assert.match(problems, /"files" lists dist\/nothing\/, which does not exist/);
  assert.match(problems, /CHANGELOG\.md has no entry for 9\.9\.9/);
});
