-- Schema version 2: the theme catalogue, seeded with the topics parent
-- engagement officers plan theme meetings around.
INSERT INTO theme (slug, name, partnership, dimension) VALUES
  ('media-literacy', 'Mediawijsheid', 'pedagogisch', 'thuisbetrokkenheid'),
  ('puberty', 'Puberteit', 'pedagogisch', 'thuisbetrokkenheid'),
  ('secondary-school-choice', 'Doorstroomtoets en schoolkeuze voortgezet onderwijs', 'didactisch', 'samenwerking'),
  ('reading-at-home', 'Lezen thuis', 'didactisch', 'thuisbetrokkenheid'),
  ('healthy-living', 'Gezond leven', 'maatschappelijk', 'ondersteuning'),
  ('bullying', 'Pesten', 'pedagogisch', 'samenwerking'),
  ('dutch-school-system', 'Het Nederlandse schoolsysteem', 'formeel', 'samenwerking'),
  ('homework', 'Huiswerk', 'didactisch', 'thuisbetrokkenheid'),
  ('sexuality', 'Relaties en seksualiteit', 'pedagogisch', 'thuisbetrokkenheid'),
  ('radicalisation', 'Radicalisering', 'maatschappelijk', 'ondersteuning'),
  ('parenting', 'Opvoeden', 'pedagogisch', 'ondersteuning'),
  ('dutch-language', 'Nederlandse taal', 'maatschappelijk', 'ondersteuning'),
  ('meet-and-greet', 'Kennismaking', 'informeel', 'samenwerking'),
  ('neighbourhood-partners', 'Partners in de wijk', 'maatschappelijk', 'ondersteuning');
