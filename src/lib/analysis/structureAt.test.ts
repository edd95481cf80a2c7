import { describe, expect, it } from 'vitest';
import { grade, makeStructure, meeting, post, unit } from '$lib/testing/structure';
import { runChecks } from './checks/index';
import { statutoryTimeline } from './statutoryTimeline';
import { changeDays, structureAt, transitionWindow } from './structureAt';
import { summarise } from './summary';
import { waves } from './waves';

// A change in miniature: the old Director of Adult Social Care stays as an interim post until the
// new Managing Director starts on 1 April 2022, covering the Managing Director's team meanwhile.
const change = () =>
	makeStructure({
		date: '2021-01-19',
		posts: [
			post('ceo', 'Chief Executive', {
				grade: 'chief-executive',
				statutoryRoles: ['head-of-paid-service']
			}),
			post('md', 'Managing Director: City Life Courses', {
				reportsTo: 'ceo',
				start: '2022-04-01',
				statutoryRoles: ['dass'],
				unit: 'life-courses'
			}),
			post('ad', 'Assistant Director, Adult Social Work', {
				reportsTo: 'md',
				grade: 'assistant-director',
				unit: 'life-courses'
			})
		],
		units: [
			unit('corporate', 'Corporate'),
			unit('life-courses', 'City Life Courses', { head: 'md' })
		],
		meetings: [meeting('board', 'Life course board', { chair: 'md', members: ['ad'] })],
		grades: [
			grade('chief-executive', 'Chief Executive', 173060),
			grade('jnc-director', 'JNC Director', 145500),
			grade('assistant-director', 'Assistant Director', 82500),
			grade('director', 'Director', 142532)
		]
	});

function withInterim(end: string) {
	const s = change();
	s.interimPosts = {
		dasc: post('dasc', 'Director of Adult Social Care (interim)', {
			grade: 'director',
			status: 'interim',
			reportsTo: 'ceo',
			unit: 'life-courses',
			end,
			covers: 'md',
			statutoryRoles: ['dass']
		})
	};
	return s;
}

describe('structureAt', () => {
	it('has the interim post stand in for the Managing Director before 1 April 2022', () => {
		const day = structureAt(withInterim('2022-03-31'), '2021-12-01');
		expect([...day.posts.keys()].sort()).toEqual(['ad', 'ceo', 'dasc']);
		// The Managing Director's report reports to the interim post that covers it.
		expect(day.posts.get('ad')!.reportsTo).toBe('dasc');
		expect(day.units['life-courses'].head).toBe('dasc');
		expect(day.meetings.board.chair).toBe('dasc');
		expect(day.posts.get('dasc')!.statutoryRoles).toEqual(['dass']);
		expect(day.interimPosts).toBeUndefined();
		expect(day.date).toBe('2021-12-01');
		// Cost in force that day: CEO 228,610.94 + interim director 188,069.75 + AD 108,347.26.
		expect(summarise(day).annualCost).toBe(525027.95);
	});

	it('hands the role to the Managing Director on the day it starts', () => {
		const day = structureAt(withInterim('2022-06-30'), '2022-04-01');
		// Both in post: the role is the permanent post's, the interim holds it no longer.
		expect(day.posts.get('md')!.statutoryRoles).toEqual(['dass']);
		expect(day.posts.get('dasc')!.statutoryRoles).toEqual([]);
		expect(day.posts.get('ad')!.reportsTo).toBe('md');
		expect(day.posts.get('md')!.start).toBeUndefined();
	});

	it('without a cover, a report goes up the line to the first manager in force', () => {
		const day = structureAt(change(), '2021-12-01');
		expect(day.posts.get('ad')!.reportsTo).toBe('ceo');
		expect(day.units['life-courses'].head).toBeUndefined();
		expect(day.meetings.board.chair).toBeUndefined();
	});

	it('lists the days something changes and the window of the transition', () => {
		const s = withInterim('2022-03-31');
		expect(transitionWindow(s)).toEqual({ from: '2021-01-19', to: '2022-04-01' });
		expect(changeDays(s, '2021-01-19', '2022-04-01')).toEqual(['2021-01-19', '2022-04-01']);
	});
});

describe('statutoryTimeline', () => {
	it('finds no gap when the interim post holds the role until the new holder starts', () => {
		const t = statutoryTimeline(withInterim('2022-03-31'));
		// The fixture gives only two roles; the others are missing throughout (held-once's finding).
		expect(t.gaps.map((g) => g.role)).toEqual(['s151', 'monitoring-officer', 'dcs', 'dph']);
		expect(t.spells.filter((r) => r.role === 'dass')).toEqual([
			{ role: 'dass', from: '2021-01-19', to: '2022-03-31', holders: ['dasc'] },
			{ role: 'dass', from: '2022-04-01', to: '2022-04-01', holders: ['md'] }
		]);
		expect(
			runChecks(withInterim('2022-03-31')).find((c) => c.key === 'statutory.held-over-time')?.passed
		).toBe(true);
	});

	it('finds the gap, by date, when the interim post’s end is moved earlier', () => {
		const s = withInterim('2021-12-31');
		expect(statutoryTimeline(s).gaps.filter((g) => g.role === 'dass')).toEqual([
			{ role: 'dass', from: '2022-01-01', to: '2022-03-31', holders: [] }
		]);
		const check = runChecks(s).find((c) => c.key === 'statutory.held-over-time');
		expect(check?.violations.map((v) => v.message)).toEqual([
			'No post holds the Director of Adult Social Services role from 1 January 2022 to 31 March 2022.'
		]);
	});
});

describe('waves', () => {
	it('groups the dated changes by the day they take effect, named from what they do', () => {
		expect(waves(withInterim('2022-03-31'))).toEqual([
			{
				date: '2022-04-01',
				name: '1 April 2022: Managing Director: City Life Courses starts; Director of Adult Social Care (interim) leaves',
				starts: ['md'],
				ends: ['dasc']
			}
		]);
	});
});
