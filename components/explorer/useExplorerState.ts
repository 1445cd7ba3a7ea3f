import { useState } from 'react';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import type { ModelName } from '../model/catalog';

const { model: modelParam, step: stepParam } = URL_STATE.explorer;

/**
 * The explorer's model and step: in the page's URL for the explorer page (a link reproduces the
 * view), in the component's own state for an embedded (compact) copy, which must not fight the
 * page's URL. `initialStep` opens an embedded copy at a step or unit ('stage3.unit2').
 */
export function useExplorerState({
  local,
  initialModel = 'digits',
  initialStep = 'input',
}: {
  local: boolean;
  initialModel?: ModelName;
  initialStep?: string;
}) {
  const [urlModel, setUrlModel] = useUrlState(modelParam);
  const [urlStep, setUrlStep] = useUrlState(stepParam);
  const [localModel, setLocalModel] = useState<ModelName>(initialModel);
  const [localStep, setLocalStep] = useState(initialStep);
  return local
    ? { model: localModel, setModel: setLocalModel, stepId: localStep, setStepId: setLocalStep }
    : { model: urlModel, setModel: setUrlModel, stepId: urlStep, setStepId: setUrlStep };
}
