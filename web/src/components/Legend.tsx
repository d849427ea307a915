/** What the graph's colours, shapes and lines mean; drawn from the same rules as the graph. */
import { AGGREGATE_MESSAGES } from '../graph/aggregateMessages.ts';
import {
  AGGREGATE_WIDTH,
  CONFIDENCE_STYLES,
  HEAT_STOPS,
  LEVEL_COLORS,
  MEASURE_BORDER,
  MEASURE_COLOR,
  PERSON_COLOR,
  ROLE_STYLES,
  UNCERTAIN_CONFIDENCES,
} from '../lib/graphStyle.ts';
import { levelLabel, MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import { LEVELS, ROLES } from '../lib/vocabulary.ts';
import { LIGHT_COLOURS, LIGHT_ORDER, SUPERVISION_MESSAGES } from '../supervision/messages.ts';

/** `aggregated`: the graph joins partners to the focus unit by one merged edge each (the focus view). */
export function Legend({
  lang,
  heat = false,
  aggregated = false,
}: {
  lang: Lang;
  heat?: boolean;
  aggregated?: boolean;
}) {
  const t = MESSAGES[lang];
  const lights = SUPERVISION_MESSAGES[lang];
  return (
    <aside className="legend" aria-label={t.legend}>
      <div className="legend__group">
        <h4>{t.legendRoles}</h4>
        {ROLES.map((role) => {
          const s = ROLE_STYLES[role];
          return (
            <div className="legend__item" key={role}>
              <svg width="34" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="33"
                  y2="5"
                  stroke={s.color}
                  strokeWidth={s.width}
                  strokeDasharray={s.dash.join(' ') || undefined}
                  strokeLinecap={s.line === 'dotted' ? 'round' : 'butt'}
                />
              </svg>
              {roleLabel(lang, role)}
            </div>
          );
        })}
        {UNCERTAIN_CONFIDENCES.map((c) => {
          const s = CONFIDENCE_STYLES[c];
          return (
            <div className="legend__item" key={c} data-confidence={c}>
              <svg width="34" height="10" aria-hidden="true">
                <line
                  x1="2"
                  y1="5"
                  x2="33"
                  y2="5"
                  stroke="#555"
                  strokeWidth="2.2"
                  strokeDasharray={s.dash.join(' ')}
                  strokeLinecap={s.cap}
                  opacity={s.opacity}
                />
              </svg>
              {c === 'LIKELY' ? t.likelyEdge : t.unclearEdge}
            </div>
          );
        })}
        {aggregated && (
          <div className="legend__item" data-testid="legend-aggregate">
            <svg width="34" height="10" aria-hidden="true">
              {/* From one shared measure to many: the merged edge widens. */}
              <polygon
                points={`1,${5 - AGGREGATE_WIDTH.min / 2} 33,${5 - AGGREGATE_WIDTH.max / 2} 33,${5 + AGGREGATE_WIDTH.max / 2} 1,${5 + AGGREGATE_WIDTH.min / 2}`}
                fill="#555"
                opacity="0.6"
              />
            </svg>
            {AGGREGATE_MESSAGES[lang].legend}
          </div>
        )}
      </div>
      <div className="legend__group">
        <h4>{heat ? t.heatLegend : t.legendLevels}</h4>
        {heat ? (
          <div className="legend__heat" style={{ background: `linear-gradient(to right, ${HEAT_STOPS.join(', ')})` }} />
        ) : (
          LEVELS.map((level) => (
            <div className="legend__item" key={level}>
              <span className="legend__dot" style={{ background: LEVEL_COLORS[level] }} />
              {levelLabel(lang, level)}
            </div>
          ))
        )}
      </div>
      <div className="legend__group">
        <h4>{t.legendShapes}</h4>
        <div className="legend__item">
          <span className="legend__rect" style={{ background: MEASURE_COLOR, borderColor: MEASURE_BORDER }} />
          {t.measureNode}
        </div>
        <div className="legend__item">
          <span className="legend__diamond" style={{ background: PERSON_COLOR }} />
          {t.personNode}
        </div>
        <div className="legend__item">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <polygon
              points="4,1 12,1 15,8 12,15 4,15 1,8"
              fill="#ccd3da"
              stroke="#24313f"
              strokeWidth="1.4"
              strokeDasharray="2 1.5"
            />
          </svg>
          {t.collectiveNode}
        </div>
      </div>
      <div className="legend__group" data-testid="legend-lights">
        <h4>{lights.lightsLegend}</h4>
        {LIGHT_ORDER.map((light) => (
          <div className="legend__item" key={light} data-light={light}>
            <span
              className="legend__rect"
              style={{ background: LIGHT_COLOURS[light], borderColor: LIGHT_COLOURS[light] }}
            />
            {lights.lights[light]}
          </div>
        ))}
      </div>
      <p className="legend__hint">{t.hint}</p>
    </aside>
  );
}
