import { messages } from '../../lib/i18n';

/** Chapter 1's cell: two 1×1 convolutions with the same FLOPs and their memory access cost. */
export const widgetsMessages = messages({
  en: {
    balanced: (c: number) => `balanced: ${c} → ${c}`,
    skewed: (c1: number, c2: number) => `skewed: ${c1} → ${c2}`,
    featureMap: 'feature map',
    balancedWidth: 'balanced layer width c',
    skewedRatio: 'skewed layer ratio c₁ : c₂',
    costRegion: 'Cost of the two layers',
    conv1x1: '1×1 conv',
    flopsMultAdds: 'FLOPs (mult-adds)',
    params: 'params',
    chartTitle: 'Memory access cost of the two layers',
    lowerBound: 'lower bound 2√(hwB) + B/hw',
    sameLayer: 'With c₂ = c₁ both layers are the same layer: MAC sits on the lower bound.',
    moreTraffic: (extra: string, flopsDiff: string) =>
      `Same work, ${extra}% more memory traffic for the skewed layer. Its FLOPs differ from the balanced layer's by ${flopsDiff}% only because channel counts are whole numbers.`,
  },
  zh: {
    balanced: (c: number) => `均衡：${c} → ${c}`,
    skewed: (c1: number, c2: number) => `不均衡：${c1} → ${c2}`,
    featureMap: '特征图',
    balancedWidth: '均衡层的宽度 c',
    skewedRatio: '不均衡层的比例 c₁ : c₂',
    costRegion: '两个层的代价',
    conv1x1: '1×1 卷积',
    flopsMultAdds: 'FLOPs（乘加次数）',
    params: '参数量',
    chartTitle: '两个层的内存访问代价',
    lowerBound: '下界 2√(hwB) + B/hw',
    sameLayer: 'c₂ = c₁ 时两个层是同一个层：MAC 正好落在下界上。',
    moreTraffic: (extra: string, flopsDiff: string) =>
      `计算量相同，不均衡层的内存流量却多 ${extra}%。它的 FLOPs 与均衡层相差 ${flopsDiff}%，只是因为通道数必须是整数。`,
  },
});
