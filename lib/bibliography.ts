import type { Locale } from './i18n';
/** Works cited in the book. The ShuffleNetV2 paper comes first: it is the book's subject. */
export interface Reference {
  id: string;
  authors: string;
  title: string;
  venue: string;
  year: number;
  url: string;
}

export const bibliography: Reference[] = [
  {
    id: 'ma2018',
    authors: 'Ningning Ma, Xiangyu Zhang, Hai-Tao Zheng, Jian Sun',
    title: 'ShuffleNet V2: Practical Guidelines for Efficient CNN Architecture Design',
    venue: 'European Conference on Computer Vision (ECCV); arXiv:1807.11164',
    year: 2018,
    url: 'https://arxiv.org/abs/1807.11164',
  },
  {
    id: 'zhang2018',
    authors: 'Xiangyu Zhang, Xinyu Zhou, Mengxiao Lin, Jian Sun',
    title: 'ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1707.01083',
    year: 2018,
    url: 'https://arxiv.org/abs/1707.01083',
  },
  {
    id: 'howard2017',
    authors:
      'Andrew G. Howard, Menglong Zhu, Bo Chen, Dmitry Kalenichenko, Weijun Wang, Tobias Weyand, Marco Andreetto, Hartwig Adam',
    title: 'MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications',
    venue: 'arXiv:1704.04861',
    year: 2017,
    url: 'https://arxiv.org/abs/1704.04861',
  },
  {
    id: 'sandler2018',
    authors: 'Mark Sandler, Andrew Howard, Menglong Zhu, Andrey Zhmoginov, Liang-Chieh Chen',
    title: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1801.04381',
    year: 2018,
    url: 'https://arxiv.org/abs/1801.04381',
  },
  {
    id: 'he2016',
    authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
    title: 'Deep Residual Learning for Image Recognition',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1512.03385',
    year: 2016,
    url: 'https://arxiv.org/abs/1512.03385',
  },
  {
    id: 'ioffe2015',
    authors: 'Sergey Ioffe, Christian Szegedy',
    title: 'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift',
    venue: 'International Conference on Machine Learning (ICML); arXiv:1502.03167',
    year: 2015,
    url: 'https://arxiv.org/abs/1502.03167',
  },
  {
    id: 'torchvision',
    authors: 'TorchVision maintainers and contributors',
    title: 'torchvision/models/shufflenetv2.py — the reference implementation of ShuffleNetV2 in PyTorch',
    venue: 'TorchVision: PyTorch’s Computer Vision library',
    year: 2016,
    url: 'https://github.com/pytorch/vision/blob/main/torchvision/models/shufflenetv2.py',
  },
  {
    id: 'lecun1998',
    authors: 'Yann LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner',
    title: 'Gradient-Based Learning Applied to Document Recognition (the MNIST database)',
    venue: 'Proceedings of the IEEE 86(11)',
    year: 1998,
    url: 'http://yann.lecun.com/exdb/mnist/',
  },
  {
    id: 'xiao2017',
    authors: 'Han Xiao, Kashif Rasul, Roland Vollgraf',
    title: 'Fashion-MNIST: a Novel Image Dataset for Benchmarking Machine Learning Algorithms',
    venue: 'arXiv:1708.07747',
    year: 2017,
    url: 'https://arxiv.org/abs/1708.07747',
  },
  {
    id: 'chollet2017',
    authors: 'François Chollet',
    title: 'Xception: Deep Learning with Depthwise Separable Convolutions',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1610.02357',
    year: 2017,
    url: 'https://arxiv.org/abs/1610.02357',
  },
  {
    id: 'huang2017',
    authors: 'Gao Huang, Zhuang Liu, Laurens van der Maaten, Kilian Q. Weinberger',
    title: 'Densely Connected Convolutional Networks',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1608.06993',
    year: 2017,
    url: 'https://arxiv.org/abs/1608.06993',
  },
  {
    id: 'xie2017',
    authors: 'Saining Xie, Ross Girshick, Piotr Dollár, Zhuowen Tu, Kaiming He',
    title: 'Aggregated Residual Transformations for Deep Neural Networks',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1611.05431',
    year: 2017,
    url: 'https://arxiv.org/abs/1611.05431',
  },
  {
    id: 'hu2018',
    authors: 'Jie Hu, Li Shen, Gang Sun',
    title: 'Squeeze-and-Excitation Networks',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR); arXiv:1709.01507',
    year: 2018,
    url: 'https://arxiv.org/abs/1709.01507',
  },
  {
    id: 'li2017',
    authors: 'Zeming Li, Chao Peng, Gang Yu, Xiangyu Zhang, Yangdong Deng, Jian Sun',
    title: 'Light-Head R-CNN: In Defense of Two-Stage Object Detector',
    venue: 'arXiv:1711.07264',
    year: 2017,
    url: 'https://arxiv.org/abs/1711.07264',
  },
];

export function referenceNumber(id: string): number {
  const index = bibliography.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`Unknown citation "${id}". Add it to lib/bibliography.ts.`);
  return index + 1;
}

/**
 * A citation's pointer into the cited work ("Sec. 3, Table 5") as a Chinese text writes it
 * ("第 3 节，表 5"); chapters write the pointer once, in English, in both editions.
 */
export function citeNoteIn(note: string, locale: Locale): string {
  if (locale === 'en') return note;
  return note
    .replace(/\bSec\. ([\d.–-]+)/g, '第 $1 节')
    .replace(/\bTables? ([\d–-]+)/g, '表 $1')
    .replace(/\bFig\. (\d+(?: ?\([a-z]\)(?:, \([a-z]\))*)?)/g, '图 $1')
    .replace(/\b[Aa]ppendix\b ?/g, '附录')
    .replace(/ and its discussion/g, '及其讨论')
    .replace(/, /g, '，');
}
