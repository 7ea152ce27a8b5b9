import { expect } from '@open-wc/testing';
import { readUrlState, writeUrlState } from '../../src/components/pledge-progress-table/pledge-progress-table.url-state.js';
import type { TableQuery } from '../../src/components/pledge-progress-table/pledge-progress-table.query.js';

const state: TableQuery = {
  q: 'ㄱㅎ 공원',
  sort: '-progress',
  stage: ['done', 'delayed'],
  status: [],
  category: ['policy'],
  department: ['기획예산과'],
};

describe('pledge table: URL state', () => {
  it('writes the state under its prefix, keeping other parameters, dropping empty ones', () => {
    const search = writeUrlState('?lang=ko&p.status=old&a.q=x', 'p', state);
    const params = new URLSearchParams(search);
    expect(params.get('lang')).to.equal('ko');
    expect(params.get('a.q')).to.equal('x');
    expect(params.get('p.q')).to.equal('ㄱㅎ 공원');
    expect(params.get('p.sort')).to.equal('-progress');
    expect(params.get('p.stage')).to.equal('done,delayed');
    expect(params.has('p.status')).to.equal(false);
    expect(params.get('p.category')).to.equal('policy');
    expect(params.get('p.department')).to.equal('기획예산과');
  });

  it('reads back what it wrote (round trip), and only its own prefix', () => {
    const search = writeUrlState('?a.q=other&a.sort=title', 'p', state);
    expect(readUrlState(search, 'p')).to.deep.equal({
      q: state.q,
      sort: state.sort,
      stage: state.stage,
      category: state.category,
      department: state.department,
    });
    expect(readUrlState(search, 'a')).to.deep.equal({ q: 'other', sort: 'title' });
    expect(readUrlState('', 'p')).to.deep.equal({});
  });

  it('keeps a comma or a backslash inside a value (escaped), so that a shared link filters the same', () => {
    const department = ['Parks, Recreation and Culture', 'a\\b,', '기획예산과'];
    const search = writeUrlState('', 'p', { ...state, department });
    expect(new URLSearchParams(search).get('p.department')).to.equal('Parks\\, Recreation and Culture,a\\\\b\\,,기획예산과');
    expect(readUrlState(search, 'p').department).to.deep.equal(department);
    // Written by hand: a trailing backslash is kept as it is; empty values are dropped.
    expect(readUrlState('?p.status=a,,b\\', 'p').status).to.deep.equal(['a', 'b\\']);
  });

  it('writes nothing for an empty state', () => {
    expect(writeUrlState('', 'p', { q: '', sort: '', stage: [], status: [], category: [], department: [] })).to.equal('');
  });
});
