import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataApi, readHeader, type ImportKind, type SavedMapping } from '../../dataApi';
import { invalid } from '../forms';
import { draftOf, isIdentity, mappingOf, type MappingDraft } from './MappingEditor';

const sameMapping = (a: MappingDraft, b: MappingDraft) => JSON.stringify(mappingOf(a)) === JSON.stringify(mappingOf(b));

/**
 * The column mapping of a student-level import: the district's saved mappings, the one chosen, the draft being
 * edited and its name. When a student-level file is chosen, its first line is read here and the server suggests
 * which columns look like which (unless a saved mapping was chosen). `dirty`: the draft says something the chosen
 * mapping (or the canonical layout) does not, so it is saved before the upload.
 */
export function useColumnMapping(orgId: number, initialMappings: SavedMapping[], file: File | null, kind: ImportKind, fail: (error: unknown) => void) {
  const { t } = useTranslation();
  const [header, setHeader] = useState<string[] | null>(null);
  const [mappings, setMappings] = useState(initialMappings);
  const [savedId, setSavedId] = useState<number | null>(null);
  const [draft, setDraft] = useState<MappingDraft>(draftOf(undefined));
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const saved = mappings.find((m) => m.id === savedId);
  const dirty = saved ? !sameMapping(draft, draftOf(saved.mapping)) : !isIdentity(draft);

  useEffect(() => {
    let cancelled = false;
    if (!file || kind !== 'students') {
      setHeader(null);
      return;
    }
    void (async () => {
      const names = await readHeader(file);
      if (cancelled) return;
      setHeader(names);
      if (savedId !== null) return;
      try {
        const { mapping } = await dataApi.suggestMapping(orgId, names.slice(0, 512));
        if (!cancelled) setDraft(draftOf(mapping));
      } catch (error) {
        if (!cancelled) fail(error);
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, kind, orgId]);

  const chooseSaved = (value: string) => {
    const mapping = mappings.find((m) => String(m.id) === value);
    setSavedId(mapping ? mapping.id : null);
    setStatus(null);
    if (mapping) {
      setDraft(draftOf(mapping.mapping));
      setName(mapping.name);
    }
  };

  /** Saves the draft under its name (updating the saved mapping of that name) and returns its id. */
  const save = async (): Promise<number> => {
    const trimmed = name.trim();
    if (!trimmed) throw invalid(t('data.import.nameMapping'), { mapping_name: t('data.import.nameMapping') });
    const existing = mappings.find((m) => m.name === trimmed);
    const result = existing
      ? await dataApi.updateMapping(orgId, existing.id, trimmed, mappingOf(draft, existing.mapping.program_grades), existing.version)
      : await dataApi.createMapping(orgId, trimmed, mappingOf(draft));
    setMappings((list) => [...list.filter((m) => m.id !== result.id), result]);
    setSavedId(result.id);
    setStatus(t('data.import.mappingSaved', { name: trimmed }));
    return result.id;
  };

  /** Deletes the chosen saved mapping; the draft stays as it is, to save again under a name or to use once. */
  const remove = async () => {
    if (!saved) return;
    await dataApi.deleteMapping(orgId, saved.id);
    setMappings((list) => list.filter((m) => m.id !== saved.id));
    setSavedId(null);
    setName('');
    setStatus(t('mappingDelete.deleted', { name: saved.name }));
  };

  const edit = (next: MappingDraft) => {
    setDraft(next);
    setStatus(null);
  };

  return { header, mappings, savedId, saved, draft, dirty, name, setName, status, chooseSaved, save, remove, edit };
}

export type ColumnMapping = ReturnType<typeof useColumnMapping>;
